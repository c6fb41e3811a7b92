package dev.tilik.bench;

import java.util.List;
import java.util.Map;

/**
 * Sentence templates for one language of the synthetic story (North Korean troops in Russia,
 * October–November 2024), written for the benchmark corpus. Placeholders: {@code {S}} a speaker,
 * {@code {D}} a dated phrase, {@code {F}} a troop figure, {@code {H}} a headline.
 *
 * @param speakers   party id → names as an outlet would write them
 * @param lines      line kind (a stance name, or {@code weapons.*}, {@code cooperation.*}) → templates
 * @param headlines  stance name → headlines an article led by that stance carries
 * @param fillers    background sentences that attribute nothing
 * @param inline     boilerplate lines a site puts between paragraphs
 * @param related    the heading of the trailing related-links list
 * @param teasers    unrelated headlines for link lists
 * @param outlets    who publishes in this language
 * @param weekdays   Monday first
 * @param months     January first
 * @param dateFormat weekday, day, month number, month name
 * @param figures    qualifier formats around a figure ({@code %s}); a format without {@code %s} is vague
 * @param grouping   the thousands separator
 * @param header     title, date and source labels of a metadata block
 */
record Phrasebook(String language, Map<String, List<String>> speakers, Map<String, List<String>> lines,
                  Map<String, List<String>> headlines, List<String> fillers, List<String> inline, String related,
                  List<String> teasers, List<Outlet> outlets, List<String> weekdays, List<String> months,
                  String dateFormat, List<String> figures, char grouping, List<String> header) {

    /** An outlet: either a metadata block naming its domain, or a dateline opening the body. */
    record Outlet(String name, String domain, String dateline) {
        boolean hasHeader() {
            return dateline == null;
        }
    }

    static Phrasebook indonesian() {
        return new Phrasebook("id",
                Map.of("DPRK", List.of("Wakil Menteri Luar Negeri Korut Kim Jong Gyu", "Perwakilan Korea Utara di PBB",
                                "Kementerian Luar Negeri Korea Utara", "Kantor berita KCNA"),
                        "ROK", List.of("Badan Intelijen Nasional (NIS) Korea Selatan", "Kepala NIS Cho Tae-yong",
                                "Kepala Staf Gabungan Korea Selatan", "Presiden Korea Selatan Yoon Suk Yeol"),
                        "RU", List.of("Juru bicara Kremlin Dmitry Peskov", "Menteri Luar Negeri Rusia Sergei Lavrov"),
                        "US", List.of("Pentagon", "Juru bicara Departemen Luar Negeri AS Matthew Miller"),
                        "UA", List.of("Presiden Ukraina Volodymyr Zelenskyy", "Badan intelijen militer Ukraina"),
                        "NATO", List.of("Sekretaris Jenderal NATO Mark Rutte"),
                        "UN", List.of("Juru bicara PBB Stephane Dujarric")),
                Map.of("deny", List.of("{S} membantah telah mengirimkan tentara ke Rusia.",
                                "{S} pada {D} menepis laporan pengiriman pasukan itu sebagai \"kabar bohong yang disebarkan musuh\".",
                                "\"Tidak ada satu pun prajurit kami yang dikirim ke Rusia,\" kata {S}."),
                        "deny.host", List.of("{S} membantah kehadiran tentara Korea Utara di wilayah Rusia.",
                                "{S} pada {D} kembali menepis laporan bahwa pasukan Korut berada di Rusia."),
                        "assert", List.of("{S} pada {D} menyatakan {F} tentara Korut sudah berada di Rusia timur.",
                                "Menurut {S}, {F} tentara Korea Utara telah tiba di Vladivostok.",
                                "{S} mengklaim {F} pasukan khusus Korut sedang dilatih di Rusia pada {D}."),
                        "confirm", List.of("{S} membenarkan bahwa pasukan Korea Utara sudah terlihat di wilayah Kursk."),
                        "conditional", List.of("\"Jika benar ada pengiriman pasukan, itu sah menurut hukum internasional,\" ujar {S}.",
                                "{S} mengatakan, jika benar ada hal seperti itu, maka pengiriman tentara tersebut sesuai hukum internasional."),
                        "hedge", List.of("{S} mengatakan tentara Korut mungkin saja akan dikerahkan ke garis depan pekan ini."),
                        "no_comment", List.of("{S} menolak berkomentar soal laporan pengiriman tentara tersebut.",
                                "{S} tidak mengonfirmasi maupun membantah laporan pengiriman pasukan itu."),
                        "weapons.assert", List.of("{S} menuduh Korut memasok jutaan peluru artileri ke Rusia."),
                        "weapons.deny", List.of("{S} membantah tuduhan pasokan senjata ke Moskow."),
                        "cooperation.assert", List.of("{S} membela kerja sama militer dengan Pyongyang.",
                                "{S} mengkritik kerja sama militer antara Rusia dan Korea Utara.")),
                Map.of("deny", List.of("Korut Bantah Kirim Tentara ke Rusia", "Pyongyang Sebut Laporan Pasukan ke Rusia Hoaks"),
                        "assert", List.of("Ribuan Tentara Korut Disebut Sudah di Rusia", "Intelijen: Pasukan Korut Tiba di Rusia Timur"),
                        "conditional", List.of("Pyongyang: Pengiriman Pasukan Sesuai Hukum Internasional"),
                        "no_comment", List.of("Kremlin Enggan Berkomentar soal Tentara Korut")),
                List.of("Situasi di perbatasan tetap tegang sepanjang pekan ini.",
                        "Pyongyang dan Moskow semakin menjalin hubungan erat sejak Rusia menginvasi Ukraina pada 2022.",
                        "Kedua negara menandatangani perjanjian strategis pada Juni lalu.",
                        "Dewan Keamanan dijadwalkan menggelar rapat darurat pekan depan.",
                        "Seoul memanggil duta besar Rusia untuk meminta penjelasan.",
                        "Video yang beredar di media sosial memperlihatkan sekelompok pria berseragam di sebuah pangkalan."),
                List.of("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Baca juga: {H}", "Simak Video: {H}"),
                "Berita Terkait",
                List.of("Harga Emas Antam Naik Tipis Hari Ini", "5 HP Murah RAM Besar di Bawah Rp2 Juta",
                        "Timnas Indonesia Tiba di Jakarta Usai Laga Tandang", "Jadwal KRL Jabodetabek Akhir Pekan",
                        "Cuaca Ekstrem Diprediksi Melanda Jawa Barat", "Resep Soto Ayam Kuning yang Gurih"),
                List.of(new Outlet("Antara", "antaranews.com", null), new Outlet("Tempo", "tempo.co", null),
                        new Outlet("Detik", "detik.com", null), new Outlet("Kompas", "kompas.com", "JAKARTA, KOMPAS.com - "),
                        new Outlet("Suara", "suara.com", "Suara.com - "),
                        new Outlet("CNN Indonesia", "cnnindonesia.com", "Jakarta, CNNIndonesia.com -- ")),
                List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
                List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                        "Oktober", "November", "Desember"),
                "%1$s (%2$d/%3$d)", List.of("sekitar %s", "setidaknya %s", "hingga %s", "lebih dari %s", "%s", "ribuan"),
                '.', List.of("Judul", "Tanggal", "Sumber"));
    }

    static Phrasebook english() {
        return new Phrasebook("en",
                Map.of("DPRK", List.of("North Korea's vice foreign minister Kim Jong Gyu", "North Korea's envoy to the United Nations",
                                "North Korea's foreign ministry"),
                        "ROK", List.of("South Korea's National Intelligence Service", "South Korean President Yoon Suk Yeol"),
                        "RU", List.of("Kremlin spokesman Dmitry Peskov", "Russian Foreign Minister Sergei Lavrov"),
                        "US", List.of("The Pentagon", "State Department spokesman Matthew Miller"),
                        "UA", List.of("Ukrainian President Volodymyr Zelenskyy"),
                        "NATO", List.of("NATO Secretary General Mark Rutte"),
                        "UN", List.of("UN spokesman Stephane Dujarric")),
                Map.of("deny", List.of("{S} denied that Pyongyang had sent troops to Russia.",
                                "{S} on {D} dismissed the reports of troop deployments as groundless rumours."),
                        "deny.host", List.of("{S} denied that North Korean soldiers were on Russian soil."),
                        "assert", List.of("{S} said on {D} that {F} North Korean soldiers were already in eastern Russia.",
                                "According to {S}, {F} North Korean troops had arrived in Vladivostok."),
                        "confirm", List.of("{S} confirmed that North Korean units had been seen in the Kursk region."),
                        "conditional", List.of("\"If such a deployment happened, it would be in line with international law,\" said {S}."),
                        "hedge", List.of("{S} said North Korean troops might join the fighting within days."),
                        "no_comment", List.of("{S} neither confirmed nor denied that North Korean troops were in Russia."),
                        "weapons.assert", List.of("{S} accused North Korea of supplying millions of artillery shells to Moscow."),
                        "weapons.deny", List.of("{S} denied supplying weapons to Moscow."),
                        "cooperation.assert", List.of("{S} defended military cooperation with Pyongyang.")),
                Map.of("deny", List.of("North Korea denies sending troops to Russia"),
                        "assert", List.of("Thousands of North Korean troops in Russia, Seoul says"),
                        "conditional", List.of("Pyongyang says any deployment would be lawful"),
                        "no_comment", List.of("Kremlin declines to comment on North Korean troops")),
                List.of("Tensions along the front remained high throughout the week.",
                        "Pyongyang and Moscow signed a strategic partnership treaty in June.",
                        "The Security Council is expected to meet next week."),
                List.of("Advertisement", "Read more: {H}"),
                "Related Articles",
                List.of("Oil prices edge higher as markets await data", "Storm warnings issued along the coast",
                        "Central bank holds rates steady"),
                List.of(new Outlet("Reuters", "reuters.com", "SEOUL (Reuters) - "),
                        new Outlet("AP", "apnews.com", "KYIV, Ukraine (AP) - "),
                        new Outlet("Korea Herald", "koreaherald.com", null)),
                List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December"),
                "%1$s, %4$s %2$d", List.of("about %s", "at least %s", "up to %s", "more than %s", "%s", "thousands of"),
                ',', List.of("Title", "Date", "Source"));
    }
}
