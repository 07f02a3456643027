package org.semossjdbc.examples;

import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.HasMany;
import org.semossjdbc.orm.Id;
import org.semossjdbc.orm.SemossModel;
import org.semossjdbc.orm.Table;
import org.semossjdbc.orm.Validations;
import org.semossjdbc.orm.Version;

/** A customer of the active-record example: validated, optimistically locked, with many orders. */
@Table("example_customers")
public class Customer extends SemossModel {
    /** Queries over customers. */
    public static final Finder<Customer> find = SemossModel.finder(Customer.class);

    @Id Long id;
    String name;
    String email;
    String tier;
    /** Bumped by every update; a save based on an older version fails instead of overwriting. */
    @Version long lockVersion;
    final HasMany<PurchaseOrder> orders = hasMany(PurchaseOrder.class, "customerId");

    Customer() {
    }

    Customer(String name, String email, String tier) {
        this.name = name;
        this.email = email;
        this.tier = tier;
    }

    @Override
    protected void validate(Validations check) {
        check.presence("name").length("name", 1, 80)
                .presence("email").pattern("email", "[^@\\s]+@[^@\\s]+\\.[a-z]{2,}")
                .that("tier", tier == null || tier.matches("bronze|silver|gold"), "must be bronze, silver or gold");
    }
}
