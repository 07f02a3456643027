package org.semossjdbc.examples;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The JPA entity of {@link HibernateExample}: a database-generated key, a decimal amount, a timestamp and an
 * optimistic-lock version that Hibernate checks through the UPDATE's row count.
 */
@Entity
@Table(name = "hibernate_shipment")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String customer;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "shipped_at")
    private LocalDateTime shippedAt;

    @Version
    private int version;

    /** For JPA. */
    protected Shipment() {
    }

    /** A new shipment; the database assigns its id. */
    public Shipment(String customer, BigDecimal amount, LocalDateTime shippedAt) {
        this.customer = customer;
        this.amount = amount;
        this.shippedAt = shippedAt;
    }

    /** The generated key, null before the first flush. */
    public Long getId() {
        return id;
    }

    /** Who receives it. */
    public String getCustomer() {
        return customer;
    }

    /** The amount charged. */
    public BigDecimal getAmount() {
        return amount;
    }

    /** Changes the amount (an UPDATE at the next flush, checked against the version). */
    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    /** When it left. */
    public LocalDateTime getShippedAt() {
        return shippedAt;
    }

    /** The optimistic-lock version: 0 when inserted, one more per update. */
    public int getVersion() {
        return version;
    }
}
