package org.semossjdbc.orm.testmodels;

import java.util.ArrayList;
import java.util.List;
import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.Id;
import org.semossjdbc.orm.SemossModel;
import org.semossjdbc.orm.Validations;

/** Validations of every kind and a record of the callbacks that ran. */
public class Gadget extends SemossModel {
    public static final Finder<Gadget> find = SemossModel.finder(Gadget.class);

    public static final String COLUMNS = "id {pk}, name VARCHAR(50), code VARCHAR(20), weight INT, slug VARCHAR(60)";

    @Id public Long id;
    public String name;
    public String code;
    public Integer weight;
    public String slug;
    public transient List<String> calls = new ArrayList<>();

    @Override
    protected void validate(Validations check) {
        check.presence("name").length("name", 2, 20)
                .pattern("code", "[A-Z]{3}-\\d{3}")
                .range("weight", 1, 1000)
                .that("name", name == null || !name.equalsIgnoreCase("forbidden"), "is reserved");
    }

    @Override protected void beforeSave() {
        calls.add("beforeSave");
        slug = name == null ? null : name.toLowerCase().replace(' ', '-');
    }
    @Override protected void afterSave() { calls.add("afterSave"); }
    @Override protected void beforeCreate() { calls.add("beforeCreate"); }
    @Override protected void afterCreate() { calls.add("afterCreate:" + (id != null)); }
    @Override protected void beforeUpdate() { calls.add("beforeUpdate"); }
    @Override protected void afterUpdate() { calls.add("afterUpdate"); }
    @Override protected void beforeDelete() { calls.add("beforeDelete"); }
    @Override protected void afterDelete() { calls.add("afterDelete"); }
    @Override protected void afterLoad() { calls.add("afterLoad"); }
}
