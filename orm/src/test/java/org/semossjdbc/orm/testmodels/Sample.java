package org.semossjdbc.orm.testmodels;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.Id;
import org.semossjdbc.orm.SemossModel;

/** Every value type SEMOSS's read path damages, with a client-generated UUID key. */
public class Sample extends SemossModel {
    public static final Finder<Sample> find = SemossModel.finder(Sample.class);

    public static final String COLUMNS = "id {uuid} PRIMARY KEY, amount NUMERIC(38,10), happened_at {ts}, "
            + "local_at {ts}, payload {bytes}, note {text}, day DATE, small SMALLINT, big BIGINT, ratio DOUBLE PRECISION, "
            + "flag BOOLEAN, status VARCHAR(20)";

    /** A status stored by name. */
    public enum Status { DRAFT, FINAL }

    @Id public UUID id;
    public BigDecimal amount;
    public Instant happenedAt;
    public LocalDateTime localAt;
    public byte[] payload;
    public String note;
    public LocalDate day;
    public Short small;
    public Long big;
    public Double ratio;
    public Boolean flag;
    public Status status;
}
