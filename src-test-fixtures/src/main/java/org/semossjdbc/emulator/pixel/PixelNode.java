package org.semossjdbc.emulator.pixel;

import java.util.List;
import java.util.Map;

/** The parse tree of one pixel statement. */
public sealed interface PixelNode {

    /** A number literal as written. */
    record NumberLiteral(String text) implements PixelNode {
        /** Whether the literal has no fraction or exponent (it then evaluates to an integer). */
        public boolean integral() {
            return text.chars().allMatch(Character::isDigit);
        }
    }

    /** A string literal with its escapes removed. */
    record StringLiteral(String value) implements PixelNode {
    }

    /** {@code true} or {@code false}. */
    record BooleanLiteral(boolean value) implements PixelNode {
    }

    /** {@code null}. */
    record NullLiteral() implements PixelNode {
    }

    /** {@code [a, b]}. */
    record ListLiteral(List<PixelNode> items) implements PixelNode {
    }

    /** {@code {"key": value}}; keys keep their order. */
    record MapLiteral(Map<String, PixelNode> entries) implements PixelNode {
    }

    /** A variable reference. */
    record Variable(String name) implements PixelNode {
    }

    /** {@code Name(positional..., key = value...)}. */
    record ReactorCall(String name, List<PixelNode> positional, Map<String, PixelNode> keywords)
            implements PixelNode {
    }

    /** {@code left op right} for + - * / %. */
    record Binary(char operator, PixelNode left, PixelNode right) implements PixelNode {
    }

    /** {@code -operand}. */
    record Negate(PixelNode operand) implements PixelNode {
    }

    /** {@code a | b | c}: each stage receives the previous stage's result. */
    record Pipe(List<PixelNode> stages) implements PixelNode {
    }

    /** {@code name = value}. */
    record Assignment(String name, PixelNode value) implements PixelNode {
    }
}
