package id.etalase.i18n;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Puts a message code and its arguments into words: the code is the name of a method of one of the bundles. */
public final class Messages {

    private static final Map<String, Method> BY_CODE = Stream.of(AppMessages.class, AdminMessages.class,
                    SellerMessages.class).flatMap(bundle -> Arrays.stream(bundle.getMethods()))
            .collect(Collectors.toMap(m -> m.getName() + "/" + m.getParameterCount(), Function.identity()));

    private Messages() {
    }

    public static boolean exists(String code, int argumentCount) {
        return BY_CODE.containsKey(code + "/" + argumentCount);
    }

    public static String text(String language, String code, List<Object> args) {
        Method method = BY_CODE.get(code + "/" + args.size());
        if (method == null) {
            throw new IllegalArgumentException("no message " + code + " with " + args.size() + " arguments");
        }
        try {
            Class<?> declaring = method.getDeclaringClass();
            Object bundle = declaring == AdminMessages.class ? Languages.adminMessages(language)
                    : declaring == SellerMessages.class ? Languages.sellerMessages(language)
                    : Languages.messages(language);
            return (String) method.invoke(bundle, args.toArray());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("message " + code + " failed", e);
        }
    }
}
