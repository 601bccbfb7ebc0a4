package org.xbrllinker.cli;

import org.xbrllinker.check.CalcMode;

import picocli.CommandLine;

/** Reads {@code --calc-mode}: c11r, c11t or xbrl21 (any case); anything else is bad usage naming the codes. */
public final class CalcModeConverter implements CommandLine.ITypeConverter<CalcMode> {

    @Override
    public CalcMode convert(String value) {
        try {
            return CalcMode.of(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
