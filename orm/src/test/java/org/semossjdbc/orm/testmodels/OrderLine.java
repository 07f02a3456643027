package org.semossjdbc.orm.testmodels;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.semossjdbc.orm.Column;
import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.Id;
import org.semossjdbc.orm.SemossModel;
import org.semossjdbc.orm.Transient;

/** Conventions: no @Table (table order_line), camelCase fields, a @Column override, transient fields. */
public class OrderLine extends SemossModel {
    public static final Finder<OrderLine> find = SemossModel.finder(OrderLine.class);

    public static final String COLUMNS = "id {pk}, product_code VARCHAR(40), qty INT, unit_price NUMERIC(12,2), "
            + "created_at {ts}";

    @Id public Long id;
    public String productCode;
    @Column("qty") public int quantity;
    public BigDecimal unitPrice;
    public LocalDateTime createdAt;
    @Transient public String scratch;
    public transient int alsoIgnored;
}
