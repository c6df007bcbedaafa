package org.kaowu.scheduling;

import java.io.Serializable;

/** One site in a list of an area's sites: particulars without the contact (personal data), rooms and seats. */
public record SiteRow(long id, String code, String name, String area, String address, boolean accessible,
                      boolean hostsPaper, boolean hostsComputer, long rooms, long seats) implements Serializable {

    // Bean-style accessors for the pages (Jakarta EL 5 does not read record components).
    public long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getArea() { return area; }
    public String getAddress() { return address; }
    public boolean isAccessible() { return accessible; }
    public boolean isHostsPaper() { return hostsPaper; }
    public boolean isHostsComputer() { return hostsComputer; }
    public long getRooms() { return rooms; }
    public long getSeats() { return seats; }
}
