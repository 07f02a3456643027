package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.semossjdbc.orm.testmodels.Account;
import org.semossjdbc.orm.testmodels.Author;
import org.semossjdbc.orm.testmodels.Book;
import org.semossjdbc.orm.testmodels.OrderLine;

/** Metadata from annotations and conventions, read once, and clear errors for models that cannot work. */
class ModelMetadataTest {

    @Test
    void conventionsAndAnnotations() {
        ModelMetadata<OrderLine> line = ModelMetadata.of(OrderLine.class);
        assertEquals("order_line", line.table());
        assertEquals(List.of("id", "product_code", "qty", "unit_price", "created_at"),
                line.properties().stream().map(PropertyMapping::column).toList(), "transient fields are left out");
        assertSame(line.property("productCode"), line.property("PRODUCT_CODE"));
        assertNull(line.version());

        ModelMetadata<Account> account = ModelMetadata.of(Account.class);
        assertEquals("lock_version", account.version().column());
        assertEquals("lock_token", account.tokenColumn());

        RelationMapping books = ModelMetadata.of(Author.class).relation("books");
        assertTrue(books.many());
        assertEquals(Book.class, books.target());
        assertEquals("author_id", books.foreignKey());
        assertEquals("authorId", ModelMetadata.of(Book.class).relation("author").foreignKey());
    }

    @Test
    void readOnceAndSharedAcrossThreads() throws Exception {
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ModelMetadata<Fresh>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return ModelMetadata.of(Fresh.class);
                }));
            }
            ModelMetadata<Fresh> first = results.get(0).get();
            for (Future<ModelMetadata<Fresh>> result : results) {
                assertSame(first, result.get(), "one metadata instance per class");
            }
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {NoId.class, TwoIds.class, BadType.class, NoDefaultConstructor.class, BadVersion.class,
            UninitialisedRelation.class})
    @SuppressWarnings("unchecked")
    void brokenModelsFailWithAClearMessage(Class<?> model) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ModelMetadata.of((Class<? extends SemossModel>) model));
        assertTrue(error.getMessage().contains(model.getSimpleName()), error.getMessage());
    }

    static class Fresh extends SemossModel {
        @Id Long id;
    }

    static class NoId extends SemossModel {
        Long id;
    }

    static class TwoIds extends SemossModel {
        @Id Long id;
        @Id Long other;
    }

    static class BadType extends SemossModel {
        @Id Long id;
        Thread thread;
    }

    static class NoDefaultConstructor extends SemossModel {
        @Id Long id;

        NoDefaultConstructor(Long id) {
            this.id = id;
        }
    }

    static class BadVersion extends SemossModel {
        @Id Long id;
        @Version String version;
    }

    static class UninitialisedRelation extends SemossModel {
        @Id Long id;
        HasMany<Book> books;
    }
}
