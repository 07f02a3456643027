package org.semossjdbc.orm.testmodels;

import java.math.BigDecimal;
import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.Id;
import org.semossjdbc.orm.SemossModel;
import org.semossjdbc.orm.Version;

/** Optimistic locking with a per-write token, so it also works where UPDATE counts are not reported. */
public class Account extends SemossModel {
    public static final Finder<Account> find = SemossModel.finder(Account.class);

    public static final String COLUMNS = "id {pk}, owner VARCHAR(100), balance NUMERIC(20,2), "
            + "lock_version BIGINT NOT NULL, lock_token VARCHAR(36)";

    @Id public Long id;
    public String owner;
    public BigDecimal balance;
    @Version(token = "lock_token") public long lockVersion;
}
