package org.kaowu.scheduling;

import org.kaowu.registration.Areas;
import org.kaowu.shared.DomainException;

import java.util.Map;

/**
 * The two-digit code of each exam area (省级考区) as used in ticket numbers: the province-level code of GB/T 2260
 * 《中华人民共和国行政区划代码》 (the first two digits of a six-digit administrative division code, e.g. 北京市 11,
 * 广东省 44). 新疆生产建设兵团 has no code of its own in GB/T 2260; it takes 66, the code the personnel exam system
 * uses for it. Keys are the names of {@link Areas#ALL}, all 32 of them.
 */
public final class AreaCodes {

    /** Area name → GB/T 2260 province code (two digits). */
    public static final Map<String, String> ALL = Map.ofEntries(
            Map.entry("北京市", "11"), Map.entry("天津市", "12"), Map.entry("河北省", "13"), Map.entry("山西省", "14"),
            Map.entry("内蒙古自治区", "15"), Map.entry("辽宁省", "21"), Map.entry("吉林省", "22"),
            Map.entry("黑龙江省", "23"), Map.entry("上海市", "31"), Map.entry("江苏省", "32"), Map.entry("浙江省", "33"),
            Map.entry("安徽省", "34"), Map.entry("福建省", "35"), Map.entry("江西省", "36"), Map.entry("山东省", "37"),
            Map.entry("河南省", "41"), Map.entry("湖北省", "42"), Map.entry("湖南省", "43"), Map.entry("广东省", "44"),
            Map.entry("广西壮族自治区", "45"), Map.entry("海南省", "46"), Map.entry("重庆市", "50"),
            Map.entry("四川省", "51"), Map.entry("贵州省", "52"), Map.entry("云南省", "53"), Map.entry("西藏自治区", "54"),
            Map.entry("陕西省", "61"), Map.entry("甘肃省", "62"), Map.entry("青海省", "63"),
            Map.entry("宁夏回族自治区", "64"), Map.entry("新疆维吾尔自治区", "65"), Map.entry("新疆生产建设兵团", "66"));

    private AreaCodes() {
    }

    /**
     * The code of an area.
     *
     * @throws DomainException (invalid-ticket-number, 422) when the name is not one of the 32 areas
     */
    public static String code(String area) {
        String code = area == null ? null : ALL.get(area.strip());
        if (code == null) {
            throw DomainException.unprocessable("invalid-ticket-number", "area", "ticket.area.unknown",
                    area == null ? "" : area);
        }
        return code;
    }
}
