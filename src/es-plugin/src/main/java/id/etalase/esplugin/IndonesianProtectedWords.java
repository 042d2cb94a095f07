package id.etalase.esplugin;

import java.util.List;

/**
 * Built-in words that {@code id_stem} leaves alone: product, food and craft nouns that Lucene's Indonesian
 * stemmer cuts into another word or a non-word (kemeja to meja, gulai to gula, kepala to pala, keripik to ripik).
 * Words the stemmer already keeps intact (kopi, batik, sambal...) are listed too, so they stay intact for good.
 */
final class IndonesianProtectedWords {

    static final List<String> WORDS = List.of(
        "aren", "bakso", "bambu", "baterai", "batik", "batok", "belacan", "beras", "berlian", "cabai",
        "celana", "dompet", "durian", "gergaji", "getas", "gula", "gulai", "jahe", "jamu", "kain",
        "kaos", "kebaya", "kecapi", "kecombrang", "kedelai", "kedondong", "kelambu", "kelapa", "kelereng",
        "kelinci", "kemangi", "kemasan", "kemeja", "kemenyan", "kemiri", "kemoceng", "kemplang", "kemukus",
        "kenari", "kentongan", "kepala", "kepiting", "kerai", "kerajinan", "keramik", "keranjang", "kerbau",
        "keripik", "kerudung", "kerupuk", "kesemek", "ketumbar", "ketupat", "kopi", "kuali", "kuningan",
        "kunyit", "lada", "lemari", "lempok", "madu", "mahoni", "mainan", "manik", "melati", "melinjo",
        "menara", "mentega", "meranti", "merica", "merpati", "minyak", "pakaian", "pelana", "pelangi",
        "pelita", "pelitur", "pemanis", "pempek", "penggaris", "peniti", "pepaya", "perabot", "perak",
        "perangko", "pergedel", "perisa", "perkakas", "perkedel", "permadani", "permata", "permen",
        "perunggu", "petai", "petasan", "rotan", "sabun", "sambal", "sandal", "selai", "seledri", "sepatu",
        "seprai", "serabi", "serai", "seruit", "sirup", "tahu", "tapis", "tas", "tempe", "tenun", "terasi",
        "terigu", "terompet", "tirai", "topi", "ulekan", "vanili");

    private IndonesianProtectedWords() {
    }
}
