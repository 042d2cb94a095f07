package id.etalase.admin;

import java.util.List;

/** A province with its regencies and cities, as the admins' district page lists them. */
public record ProvinceRow(String code, String name, List<DistrictRow> districts) {

    public record DistrictRow(String code, String slug, String name, String kind, long memberCount) {
    }
}
