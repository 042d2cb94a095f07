package id.etalase.common;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * MySQL's dialect (MariaDB speaks it too) with the full-text match HQL cannot express:
 * {@code matches_words(p.name, p.description, '+kopi* +lampung*') > 0} is MATCH … AGAINST in boolean mode, which
 * MariaDB 10.11 and MySQL 8 answer alike from a FULLTEXT index.
 */
public class PortalDialect extends MySQLDialect {

    public static final String MATCHES_WORDS = "matches_words";

    @Override
    public void initializeFunctionRegistry(FunctionContributions contributions) {
        super.initializeFunctionRegistry(contributions);
        contributions.getFunctionRegistry()
                .patternDescriptorBuilder(MATCHES_WORDS, "match(?1, ?2) against (?3 in boolean mode)")
                .setExactArgumentCount(3)
                .setInvariantType(contributions.getTypeConfiguration().getBasicTypeRegistry()
                        .resolve(StandardBasicTypes.DOUBLE))
                .register();
    }
}
