package org.semossjdbc.examples;

import java.math.BigDecimal;
import org.semossjdbc.orm.BelongsTo;
import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.Id;
import org.semossjdbc.orm.SemossModel;
import org.semossjdbc.orm.Table;
import org.semossjdbc.orm.Validations;

/** An order of the active-record example; belongs to a {@link Customer}. */
@Table("example_purchase_orders")
public class PurchaseOrder extends SemossModel {
    /** Queries over orders. */
    public static final Finder<PurchaseOrder> find = SemossModel.finder(PurchaseOrder.class);

    @Id Long id;
    Long customerId;
    String item;
    int quantity;
    BigDecimal amount;
    final BelongsTo<Customer> customer = belongsTo(Customer.class, "customerId");

    PurchaseOrder() {
    }

    PurchaseOrder(Customer customer, String item, int quantity, String amount) {
        this.customerId = customer.id;
        this.item = item;
        this.quantity = quantity;
        this.amount = new BigDecimal(amount);
    }

    @Override
    protected void validate(Validations check) {
        check.presence("customerId").presence("item").range("quantity", 1, 1000);
    }
}
