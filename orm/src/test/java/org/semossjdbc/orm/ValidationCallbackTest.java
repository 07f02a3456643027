package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.testmodels.Gadget;

/** Validations reported per field, and lifecycle callbacks in order. */
class ValidationCallbackTest {

    private static final String BACKENDS = "org.semossjdbc.orm.TestBackend#all";

    private static Gadget valid() {
        Gadget gadget = new Gadget();
        gadget.name = "Flux Capacitor";
        gadget.code = "ABC-123";
        gadget.weight = 88;
        return gadget;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void invalidRecordsAreRefusedWithPerFieldMessages(TestBackend backend) {
        backend.use();
        backend.createTable("gadget", Gadget.COLUMNS);
        Gadget gadget = new Gadget();
        gadget.name = " ";
        gadget.code = "abc";
        gadget.weight = 0;
        assertFalse(gadget.isValid());
        assertEquals(List.of("must be present", "length must be between 2 and 20 (is 1)"), gadget.errors().get("name"));
        assertEquals(List.of("must match [A-Z]{3}-\\d{3}"), gadget.errors().get("code"));
        assertEquals(List.of("must be between 1 and 1000"), gadget.errors().get("weight"));

        ValidationException refused = assertThrows(ValidationException.class, gadget::save);
        assertEquals(gadget.errors().keySet(), refused.errors().keySet());
        assertEquals(0, Gadget.find.count(), "nothing written");
        assertTrue(gadget.calls.isEmpty(), "no callbacks for an invalid record: " + gadget.calls);

        gadget.name = "forbidden";
        assertFalse(gadget.isValid());
        assertEquals(List.of("is reserved"), gadget.errors().get("name"));

        Gadget ok = valid();
        assertTrue(ok.isValid(), ok.errors().toString());
        assertTrue(ok.errors().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void callbacksRunAroundEachWrite(TestBackend backend) {
        backend.use();
        backend.createTable("gadget", Gadget.COLUMNS);
        Gadget gadget = valid();
        gadget.save();
        assertEquals(List.of("beforeSave", "beforeCreate", "afterCreate:true", "afterSave"), gadget.calls);
        assertEquals("flux-capacitor", Gadget.find.get(gadget.id).orElseThrow().slug,
                "a change made in beforeSave is written");

        gadget.calls.clear();
        gadget.name = "Mr Fusion";
        gadget.save();
        assertEquals(List.of("beforeSave", "beforeUpdate", "afterUpdate", "afterSave"), gadget.calls);
        Gadget loaded = Gadget.find.get(gadget.id).orElseThrow();
        assertEquals("mr-fusion", loaded.slug);
        assertEquals(List.of("afterLoad"), loaded.calls);

        loaded.calls.clear();
        loaded.delete();
        assertEquals(List.of("beforeDelete", "afterDelete"), loaded.calls);
        assertEquals(0, Gadget.find.count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void validationTyposAreProgrammingErrors(TestBackend backend) {
        backend.use();
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, new TypoGadget()::isValid);
        assertTrue(typo.getMessage().contains("nmae"), typo.getMessage());
    }

    /** Validates a field that does not exist. */
    static class TypoGadget extends Gadget {
        @Override
        protected void validate(Validations check) {
            check.presence("nmae");
        }
    }
}
