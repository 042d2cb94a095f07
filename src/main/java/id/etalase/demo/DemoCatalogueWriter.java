package id.etalase.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a generated catalogue with plain JDBC batch inserts in one transaction: all of it or nothing.
 * Sector ids are looked up by slug and district ids by region code from the reference tables.
 */
public final class DemoCatalogueWriter {

    static final int BATCH_SIZE = 1000;

    private static final String INSERT_MEMBER = """
            INSERT INTO member (slug, business_name, owner_name, scale, sector_id, district_id, address, description,
                whatsapp, instagram, tiktok, shopee_url, tokopedia_url, nib, pirt, halal_cert, bpom, status,
                created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String INSERT_PRODUCT = """
            INSERT INTO product (slug, member_id, name, description, price, unit, sector_id, status,
                created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final DataSource dataSource;

    public DemoCatalogueWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts every member and product; returns how many of each were written and how long it took. */
    public DemoLoadResult write(DemoCatalogue catalogue) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Map<String, Long> sectorIds = idsByKey(connection, "SELECT slug, id FROM sector");
                Map<String, Long> districtIds = idsByKey(connection, "SELECT code, id FROM district");
                insertMembers(connection, catalogue.members(), sectorIds, districtIds);
                Map<String, Long> memberIds = memberIds(connection, catalogue.members());
                insertProducts(connection, catalogue.products(), memberIds, sectorIds);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        return new DemoLoadResult(catalogue.members().size(), catalogue.products().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void insertMembers(Connection connection, List<DemoMember> members, Map<String, Long> sectorIds,
            Map<String, Long> districtIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MEMBER)) {
            int pending = 0;
            for (DemoMember member : members) {
                insert.setString(1, member.slug());
                insert.setString(2, member.businessName());
                insert.setString(3, member.ownerName());
                insert.setString(4, member.scale());
                insert.setLong(5, require(sectorIds, member.sectorSlug(), "sector"));
                insert.setLong(6, require(districtIds, member.districtCode(), "district"));
                insert.setString(7, member.address());
                insert.setString(8, member.description());
                insert.setString(9, member.whatsapp());
                insert.setString(10, member.instagram());
                insert.setString(11, member.tiktok());
                insert.setString(12, member.shopeeUrl());
                insert.setString(13, member.tokopediaUrl());
                insert.setString(14, member.nib());
                insert.setString(15, member.pirt());
                insert.setString(16, member.halalCert());
                insert.setString(17, member.bpom());
                insert.setString(18, member.status());
                insert.setObject(19, member.createdAt());
                insert.setObject(20, member.updatedAt());
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void insertProducts(Connection connection, List<DemoProduct> products, Map<String, Long> memberIds,
            Map<String, Long> sectorIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PRODUCT)) {
            int pending = 0;
            for (DemoProduct product : products) {
                insert.setString(1, product.slug());
                insert.setLong(2, require(memberIds, product.memberSlug(), "member"));
                insert.setString(3, product.name());
                insert.setString(4, product.description());
                if (product.price() == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, product.price());
                }
                insert.setString(6, product.unit());
                insert.setLong(7, require(sectorIds, product.sectorSlug(), "sector"));
                insert.setString(8, product.status());
                insert.setObject(9, product.createdAt());
                insert.setObject(10, product.updatedAt());
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** Ids of the members just inserted, read back by slug (same transaction), so no driver key tricks are needed. */
    private static Map<String, Long> memberIds(Connection connection, List<DemoMember> members) throws SQLException {
        Map<String, Long> all = idsByKey(connection, "SELECT slug, id FROM member");
        Map<String, Long> written = new HashMap<>(members.size() * 2);
        for (DemoMember member : members) {
            written.put(member.slug(), require(all, member.slug(), "member"));
        }
        return written;
    }

    private static Map<String, Long> idsByKey(Connection connection, String query) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ids;
    }

    private static long require(Map<String, Long> ids, String key, String what) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("Demo data refers to " + what + " '" + key
                    + "', which is not in the database; are the reference data migrations applied?");
        }
        return id;
    }
}
