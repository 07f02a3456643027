package org.semossjdbc.orm.testmodels;

import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.Id;
import org.semossjdbc.orm.SemossModel;
import org.semossjdbc.orm.Version;

/** Optimistic locking without a token column: exact where counts are reported, a clear error where not. */
public class Ticket extends SemossModel {
    public static final Finder<Ticket> find = SemossModel.finder(Ticket.class);

    public static final String COLUMNS = "id {pk}, title VARCHAR(100), version INT NOT NULL";

    @Id public Long id;
    public String title;
    @Version public Integer version;
}
