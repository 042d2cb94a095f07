package id.etalase.member;

import id.etalase.reference.District;
import id.etalase.reference.Sector;

/** The sector, district and scale a listing names, looked up; each optional. */
public record ListingFilter(Sector sector, District district, MemberScale scale) {
}
