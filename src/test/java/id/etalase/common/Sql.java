package id.etalase.common;

import id.etalase.enquiry.EnquiryService;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL for tests: an answer computed apart from the code under test, to compare the API against. */
@ApplicationScoped
public class Sql {

    /** The public catalogue: published products of active members, with their member and district. */
    public static final String PUBLIC_PRODUCTS = "product p join member m on m.id = p.member_id"
            + " join district d on d.id = m.district_id join sector s on s.id = p.sector_id"
            + " where p.status = 'published' and m.status = 'active'";

    @Inject
    AgroalDataSource dataSource;

    /** Views and enquiries are written in batches; a test reads (or changes) the tables as a report would: after them. */
    @Inject
    EnquiryService enquiries;

    public long count(String sql, Object... params) {
        return Long.parseLong(String.valueOf(single(sql, params)));
    }

    public Object single(String sql, Object... params) {
        List<Object> column = column(sql, params);
        return column.isEmpty() ? null : column.get(0);
    }

    public List<Object> column(String sql, Object... params) {
        return query(sql, params, rows -> {
            List<Object> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getObject(1));
            }
            return values;
        });
    }

    /** The first row's columns, numbers as longs. */
    public List<Object> row(String sql, Object... params) {
        return query(sql, params, rows -> {
            List<Object> values = new ArrayList<>();
            if (rows.next()) {
                for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                    Object value = rows.getObject(c);
                    values.add(value instanceof Number n ? (Object) n.longValue() : value);
                }
            }
            return values;
        });
    }

    private interface RowsReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Object[] params, RowsReader<T> reader) {
        enquiries.writeVisits();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public int update(String sql, Object... params) {
        enquiries.writeVisits();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
