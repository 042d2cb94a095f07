package id.etalase.common;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The safety net under every log line (quarkus.log.console.filter): phone numbers and IP addresses are masked in
 * the message and in the messages of a logged exception and its causes, whatever the code that logged them wrote.
 */
@LoggingFilter(name = "personal-data")
public final class PersonalDataLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (PersonalData.mentionedIn(message)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(PersonalData.masked(message), ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(PersonalData.masked(message));
            }
            record.setParameters(null);
        }
        if (record.getThrown() != null && mentionsPersonalData(record.getThrown())) {
            record.setThrown(masked(record.getThrown()));
        }
        return true;
    }

    private static boolean mentionsPersonalData(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (PersonalData.mentionedIn(cause.getMessage())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** A copy of the exception chain with masked messages and the original types and stack traces. */
    static Throwable masked(Throwable thrown) {
        return masked(thrown, 0);
    }

    private static Throwable masked(Throwable thrown, int depth) {
        Throwable cause = thrown.getCause() == null || thrown.getCause() == thrown || depth > 20 ? null
                : masked(thrown.getCause(), depth + 1);
        Masked copy = new Masked(thrown.getClass().getName(), PersonalData.masked(thrown.getMessage()), cause);
        copy.setStackTrace(thrown.getStackTrace());
        return copy;
    }

    /** Stands in for a logged exception whose message named someone; prints as the original type would. */
    static final class Masked extends RuntimeException {
        private final String type;

        Masked(String type, String message, Throwable cause) {
            super(message, cause, false, true);
            this.type = type;
        }

        @Override
        public String toString() {
            return getMessage() == null ? type : type + ": " + getMessage();
        }
    }
}
