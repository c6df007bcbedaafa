package org.kaowu.scheduling.staff;

import org.kaowu.registration.IdNumbers;

import java.io.Serializable;

/**
 * One person in a list of the staff pool: the identity number masked (110105**********23), never in clear; how many
 * relatives are declared, never who.
 */
public record StaffRow(long id, String maskedIdNumber, String name, String employer, char sex, int sittings,
                       String area, String district, String roles, String account, int relatives)
        implements Serializable {

    static StaffRow of(StaffMember m) {
        return new StaffRow(m.getId(), IdNumbers.mask(m.getIdNumber()), m.getName(), m.getEmployer(), m.getSex(),
                m.getSittings(), m.getArea(), m.getDistrict(),
                String.join(";", m.getRoles().stream().map(Enum::name).toList()), m.getAccount(),
                m.getRelativeCount());
    }

    // Bean-style accessors for the pages (Jakarta EL 5 does not read record components).
    public long getId() { return id; }
    public String getMaskedIdNumber() { return maskedIdNumber; }
    public String getName() { return name; }
    public String getEmployer() { return employer; }
    public char getSex() { return sex; }
    public int getSittings() { return sittings; }
    public String getArea() { return area; }
    public String getDistrict() { return district; }
    public String getRoles() { return roles; }
    public String getAccount() { return account; }
    public int getRelatives() { return relatives; }
}
