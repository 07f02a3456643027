package org.semossjdbc.examples;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.semossjdbc.orm.SemossModel;
import org.semossjdbc.orm.SemossOrm;
import org.semossjdbc.orm.StaleObjectException;
import org.semossjdbc.orm.ValidationException;

/**
 * The active record ({@code semoss-orm}) on a small shop: {@link Customer}s with {@link PurchaseOrder}s. Shows save,
 * find, where/orderBy/limit/first, a relation loaded lazily and eagerly, optimistic locking and a validation error.
 */
public final class ActiveRecordExample {

    /** What the example observed, for its test. */
    public record Result(long customers, long orders, List<String> goldCustomers, int adasOrders,
                         boolean staleWriteRejected, Map<String, List<String>> validationErrors,
                         long customersAfterInvalidSave) {
    }

    private ActiveRecordExample() {
    }

    /** Runs the example against the embedded emulator, or the server named by arguments or environment. */
    public static void main(String[] args) throws Exception {
        Launcher.withTarget(args, target -> run(target.dataSource(), System.out));
    }

    /** Creates the two tables on {@code dataSource} and walks through the ORM, printing to {@code out}. */
    public static Result run(DataSource dataSource, PrintStream out) throws SQLException {
        createTables(dataSource);
        // One call wires every model to the data source; each operation borrows one connection and returns it.
        SemossOrm.configure(dataSource);

        Customer ada = new Customer("Ada Lovelace", "ada@example.com", "gold");
        ada.save();                                             // INSERT; the generated id is read back
        Customer grace = new Customer("Grace Hopper", "grace@example.com", "gold");
        grace.save();
        Customer linus = new Customer("Linus Torvalds", "linus@example.com", "silver");
        linus.save();
        out.printf("Saved 3 customers, ids %d, %d, %d%n", ada.id, grace.id, linus.id);

        List<PurchaseOrder> orders = List.of(
                new PurchaseOrder(ada, "Difference engine gears", 12, "480.00"),
                new PurchaseOrder(ada, "Punched cards", 500, "25.50"),
                new PurchaseOrder(ada, "Brass crank", 1, "120.00"),
                new PurchaseOrder(grace, "Moth (framed)", 1, "9.99"),
                new PurchaseOrder(linus, "Penguin plush", 3, "45.00"));
        // saveAll validates every record before writing any, then writes them (in one batch where it can).
        SemossModel.saveAll(orders);
        out.printf("Saved %d orders; PurchaseOrder.find.count() = %d%n", orders.size(), PurchaseOrder.find.count());

        List<Customer> gold = Customer.find.where("tier", "gold").orderBy("name").all();
        out.println("Customer.find.where(\"tier\", \"gold\").orderBy(\"name\").all():");
        printCustomers(gold, out);

        List<PurchaseOrder> biggest = PurchaseOrder.find.where("amount", ">=", 40).orderBy("-amount").limit(3).all();
        out.println("PurchaseOrder.find.where(\"amount\", \">=\", 40).orderBy(\"-amount\").limit(3).all():");
        printOrders(biggest, out);

        Customer firstByName = Customer.find.orderBy("-name").first().orElseThrow();
        out.printf("Customer.find.orderBy(\"-name\").first() -> %s%n", firstByName.name);

        // Relations: lazily on access, or for every row with one extra query via include(...).
        int adasOrders = ada.orders.get().size();
        PurchaseOrder moth = PurchaseOrder.find.where("item", "LIKE", "Moth%").first().orElseThrow();
        out.printf("ada.orders.get() -> %d orders; the moth's order belongs to %s%n", adasOrders,
                moth.customer.get().map(c -> c.name).orElse("?"));
        List<List<?>> perCustomer = new ArrayList<>();
        for (Customer customer : Customer.find.include("orders").orderBy("name").all()) {
            perCustomer.add(List.of(customer.name, customer.orders.get().size()));
        }
        TablePrinter.print(List.of("customer", "orders"), perCustomer, out);

        // Optimistic locking: two copies of one row; the second save is based on a stale version.
        Customer atTheDesk = Customer.find.get(grace.id).orElseThrow();
        Customer onThePhone = Customer.find.get(grace.id).orElseThrow();
        atTheDesk.tier = "silver";
        atTheDesk.save();
        onThePhone.email = "grace.hopper@example.com";
        boolean staleRejected = false;
        try {
            onThePhone.save();
        } catch (StaleObjectException e) {
            staleRejected = true;
            out.println("Second concurrent edit rejected: " + e.getMessage());
        }

        // Validation runs before any SQL is sent; the errors are per field, ready to show in a form.
        Customer invalid = new Customer("", "not-an-email", "platinum");
        Map<String, List<String>> errors = Map.of();
        try {
            invalid.save();
        } catch (ValidationException e) {
            errors = new TreeMap<>(e.errors());                // sorted by field for a stable printout
            out.println("Invalid customer not saved:");
            errors.forEach((field, messages) -> out.printf("  %-6s %s%n", field, String.join("; ", messages)));
        }

        long customers = Customer.find.count();
        return new Result(customers, PurchaseOrder.find.count(), gold.stream().map(c -> c.name).toList(),
                adasOrders, staleRejected, errors, customers);
    }

    private static void createTables(DataSource dataSource) throws SQLException {
        // The ORM maps tables, it does not create them: plain DDL in the engine's dialect. Every example's table is
        // named example_* so that pointing an example at a real server never drops a table of yours.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            EngineDialect dialect = EngineDialect.of(connection);
            statement.executeUpdate("DROP TABLE IF EXISTS example_purchase_orders");
            statement.executeUpdate("DROP TABLE IF EXISTS example_customers");
            statement.executeUpdate("CREATE TABLE example_customers (id " + dialect.generatedKey()
                    + ", name VARCHAR(80) NOT NULL, email VARCHAR(200) NOT NULL, tier VARCHAR(10),"
                    + " lock_version BIGINT NOT NULL)");
            statement.executeUpdate("CREATE TABLE example_purchase_orders (id " + dialect.generatedKey()
                    + ", customer_id BIGINT NOT NULL REFERENCES example_customers (id), item VARCHAR(100) NOT NULL,"
                    + " quantity INT NOT NULL, amount DECIMAL(12,2) NOT NULL)");
        }
    }

    private static void printCustomers(List<Customer> customers, PrintStream out) {
        TablePrinter.print(List.of("id", "name", "email", "tier", "lock_version"),
                customers.stream().map(c -> List.<Object>of(c.id, c.name, c.email, c.tier, c.lockVersion)).toList(),
                out);
    }

    private static void printOrders(List<PurchaseOrder> orders, PrintStream out) {
        TablePrinter.print(List.of("id", "customer_id", "item", "quantity", "amount"),
                orders.stream().map(o -> List.<Object>of(o.id, o.customerId, o.item, o.quantity, o.amount)).toList(),
                out);
    }
}
