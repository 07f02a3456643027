package org.semossjdbc.examples;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.jooq.Identity;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.CustomRecord;
import org.jooq.impl.CustomTable;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;

/**
 * The {@link JooqExample}'s table, written by hand the way jOOQ's code generator would write it: typed fields, the
 * identity and the primary key. With it the DSL checks column types at compile time, {@code returning(ID)} knows the
 * key, and {@code batchInsert} takes records; spelled out here, the example needs no generation step.
 */
final class InvoiceTable extends CustomTable<InvoiceTable.InvoiceRecord> {

    /** The one instance, used like a generated {@code Tables.INVOICE}. */
    static final InvoiceTable INVOICE = new InvoiceTable();

    // Upper-case instance fields, as generated code names them, so INVOICE.CUSTOMER reads like jOOQ's manual.

    final TableField<InvoiceRecord, Long> ID =
            createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false).identity(true));
    final TableField<InvoiceRecord, String> CUSTOMER =
            createField(DSL.name("customer"), SQLDataType.VARCHAR(100).nullable(false));
    final TableField<InvoiceRecord, BigDecimal> AMOUNT =
            createField(DSL.name("amount"), SQLDataType.DECIMAL(12, 2).nullable(false));
    final TableField<InvoiceRecord, LocalDateTime> ISSUED_AT =
            createField(DSL.name("issued_at"), SQLDataType.LOCALDATETIME(0).nullable(false));
    final TableField<InvoiceRecord, OffsetDateTime> DUE_AT =
            createField(DSL.name("due_at"), SQLDataType.OFFSETDATETIME(0));
    final TableField<InvoiceRecord, Boolean> PAID =
            createField(DSL.name("paid"), SQLDataType.BOOLEAN.nullable(false));
    final TableField<InvoiceRecord, String> NOTE = createField(DSL.name("note"), SQLDataType.VARCHAR(200));

    private InvoiceTable() {
        super(DSL.name("example_invoice"));
    }

    @Override
    public Class<InvoiceRecord> getRecordType() {
        return InvoiceRecord.class;
    }

    @Override
    public Identity<InvoiceRecord, Long> getIdentity() {
        return Internal.createIdentity(this, ID);
    }

    @Override
    public UniqueKey<InvoiceRecord> getPrimaryKey() {
        return Internal.createUniqueKey(this, DSL.name("example_invoice_pkey"), ID);
    }

    /** One row of {@link InvoiceTable}; jOOQ creates these through the no-argument constructor. */
    static final class InvoiceRecord extends CustomRecord<InvoiceRecord> {

        InvoiceRecord() {
            super(INVOICE);
        }
    }
}
