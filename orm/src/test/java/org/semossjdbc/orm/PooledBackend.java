package org.semossjdbc.orm;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Another backend's data source behind a HikariCP pool, as an application would configure it: the ORM borrows and
 * returns pooled connections, so anything it leaves open or dirty would show here.
 */
final class PooledBackend extends TestBackend {

    private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> POOLS.values().forEach(HikariDataSource::close)));
    }

    private final TestBackend inner;

    PooledBackend(TestBackend inner) {
        super(inner + "-pooled", inner.product());
        this.inner = inner;
    }

    @Override
    boolean ready() {
        return inner.ready();
    }

    @Override
    String unavailableReason() {
        return inner.unavailableReason();
    }

    @Override
    boolean reportsUpdateCounts() {
        return inner.reportsUpdateCounts();
    }

    @Override
    boolean batchReturnsKeys() {
        return inner.batchReturnsKeys();
    }

    @Override
    boolean supportsTransactions() {
        return inner.supportsTransactions();
    }

    @Override
    DataSource dataSource() {
        return POOLS.computeIfAbsent(toString(), name -> {
            HikariConfig config = new HikariConfig();
            config.setDataSource(inner.dataSource());
            config.setMaximumPoolSize(4);
            config.setPoolName(name);
            return new HikariDataSource(config);
        });
    }

    @Override
    List<String> selectsSent() {
        return inner instanceof EmulatedBackend ? inner.selectsSent() : super.selectsSent();
    }
}
