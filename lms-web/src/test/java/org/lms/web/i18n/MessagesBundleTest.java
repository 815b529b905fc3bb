package org.lms.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lms.domain.audit.AuditOutcome;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.UserStatus;
import org.lms.service.audit.AuditKind;
import org.lms.service.permissions.TargetType;
import org.lms.web.shell.Page;

/** Every text shown to a person comes from the bundle, in English and German alike. */
class MessagesBundleTest {

    private static final String ENGLISH = "messages.properties";
    private static final String GERMAN = "messages_de.properties";

    private static byte[] bytes(String file) throws IOException {
        String resource = "/" + Messages.BUNDLE.replace('.', '/').replaceFirst("/messages$", "/") + file;
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is on the class path");
            }
            return in.readAllBytes();
        }
    }

    /** Properties are read as UTF-8, as ResourceBundle does since Java 9. */
    private static String text(String file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
    }

    private static Map<String, String> load(String file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text(file)));
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((key, value) -> sorted.put((String) key, (String) value));
        return sorted;
    }

    private static Map<String, Map<String, String>> bundles() throws IOException {
        return Map.of(ENGLISH, load(ENGLISH), GERMAN, load(GERMAN));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = load(ENGLISH).keySet();
        Set<String> german = load(GERMAN).keySet();

        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(german);
        Set<String> onlyGerman = new TreeSet<>(german);
        onlyGerman.removeAll(english);
        assertTrue(onlyEnglish.isEmpty(), "missing in German: " + onlyEnglish);
        assertTrue(onlyGerman.isEmpty(), "missing in English: " + onlyGerman);
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGLISH, GERMAN})
    void noKeyIsDefinedTwice(String file) throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        boolean continued = false;
        for (String line : text(file).split("\\R")) {
            String stripped = line.strip();
            boolean isContinuation = continued;
            continued = stripped.endsWith("\\") && !stripped.endsWith("\\\\");
            if (isContinuation || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            String key = stripped.split("\\s*[=:]\\s*|\\s+", 2)[0];
            if (!seen.add(key)) {
                duplicates.add(key);
            }
        }
        assertTrue(duplicates.isEmpty(), file + " defines twice: " + duplicates);
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGLISH, GERMAN})
    void noValueIsEmpty(String file) throws IOException {
        load(file).forEach((key, value) -> assertFalse(value.isBlank(), file + ": " + key + " is empty"));
    }

    @Test
    void everyPrivilegeHasANameAndADescription() throws IOException {
        for (Map.Entry<String, Map<String, String>> bundle : bundles().entrySet()) {
            for (Privilege privilege : Privilege.values()) {
                assertKey(bundle, privilege.labelKey());
                assertKey(bundle, privilege.descriptionKey());
            }
        }
    }

    @Test
    void everyBuiltInRoleHasAName() throws IOException {
        for (Map.Entry<String, Map<String, String>> bundle : bundles().entrySet()) {
            for (BuiltInRole role : BuiltInRole.values()) {
                assertKey(bundle, role.labelKey());
                assertEquals("role." + role.name(), role.labelKey());
            }
        }
    }

    @Test
    void everyUserStatusHasAName() throws IOException {
        for (Map.Entry<String, Map<String, String>> bundle : bundles().entrySet()) {
            for (UserStatus status : UserStatus.values()) {
                assertKey(bundle, "userStatus." + status.name());
                assertKey(bundle, status.labelKey());
            }
        }
    }

    @Test
    void everyAuditKindOutcomePrivilegeCategoryAndTargetTypeHasAName() throws IOException {
        // Views put these keys together from a prefix, so the check of literal keys misses them.
        for (Map.Entry<String, Map<String, String>> bundle : bundles().entrySet()) {
            for (AuditKind kind : AuditKind.values()) {
                assertKey(bundle, kind.labelKey());
            }
            for (AuditOutcome outcome : AuditOutcome.values()) {
                assertKey(bundle, "auditOutcome." + outcome.name());
            }
            for (Privilege.Category category : Privilege.Category.values()) {
                assertKey(bundle, "privilegeCategory." + category.name());
            }
            for (TargetType type : TargetType.values()) {
                assertKey(bundle, "targetType." + type.name());
            }
        }
    }

    @Test
    void everyPageAndMenuSectionHasALabel() throws IOException {
        for (Map.Entry<String, Map<String, String>> bundle : bundles().entrySet()) {
            for (Page page : Page.values()) {
                assertKey(bundle, page.labelKey());
            }
            for (Page.Section section : Page.Section.values()) {
                assertKey(bundle, section.labelKey());
            }
        }
    }

    @Test
    void everyKeyNamedInViewsAndCodeExists() throws IOException {
        // Literal keys: #{msg['x']} in views, messages.get("x") / format("x", ...) in Java.
        Pattern inViews = Pattern.compile("msg\\['([^']+)'\\]");
        Pattern inJava = Pattern.compile("messages\\.(?:get|format)\\(\"([^\"]+)\"\\s*[,)]");
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/webapp"), ".xhtml", inViews, used);
        collect(Path.of("src/main/java"), ".java", inJava, used);
        // ErrorPages puts its keys together from a prefix.
        used.addAll(Set.of("errors.notFound.title", "errors.notFound.text", "errors.error.title", "errors.error.text",
                "errors.backHome"));
        assertFalse(used.isEmpty(), "found the keys the portal uses");

        for (Map.Entry<String, Map<String, String>> bundle : bundles().entrySet()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle.getValue().keySet());
            assertTrue(missing.isEmpty(), bundle.getKey() + " lacks " + missing);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGLISH, GERMAN})
    void messageFormatPatternsParseAndFillEveryPlaceholder(String file) throws IOException {
        Locale locale = file.equals(GERMAN) ? Locale.GERMAN : Locale.ENGLISH;
        for (Map.Entry<String, String> entry : load(file).entrySet()) {
            String value = entry.getValue();
            if (!value.contains("{")) {
                continue;
            }
            MessageFormat format;
            try {
                format = new MessageFormat(value, locale);
            } catch (IllegalArgumentException e) {
                fail(file + ": " + entry.getKey() + " is not a MessageFormat pattern: " + e.getMessage());
                return;
            }
            String formatted = format.format(sampleArguments(format));
            assertFalse(formatted.contains("{") || formatted.contains("}"),
                    file + ": " + entry.getKey() + " leaves a placeholder unfilled (a stray apostrophe?): " + formatted);
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Map<String, String> english = load(ENGLISH);
        Map<String, String> german = load(GERMAN);
        for (Map.Entry<String, String> entry : english.entrySet()) {
            String other = german.get(entry.getKey());
            if (other == null) {
                continue; // reported by bothLanguagesHaveTheSameKeys
            }
            assertEquals(placeholders(entry.getValue()), placeholders(other), entry.getKey());
        }
    }

    @Test
    void theBundleLoadsThroughResourceBundle() {
        ResourceBundle german = ResourceBundle.getBundle(Messages.BUNDLE, Locale.GERMAN);
        ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
        assertEquals("Abmelden", german.getString("shell.signOut"));
        assertEquals("Sign out", english.getString("shell.signOut"));
    }

    private static void assertKey(Map.Entry<String, Map<String, String>> bundle, String key) {
        String value = bundle.getValue().get(key);
        assertTrue(value != null && !value.isBlank(), bundle.getKey() + " lacks " + key);
    }

    private static Object[] sampleArguments(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            Format element = formats[i];
            if (element instanceof NumberFormat || element instanceof ChoiceFormat) {
                arguments[i] = 3;
            } else if (element instanceof DateFormat) {
                arguments[i] = new Date(0);
            } else {
                arguments[i] = "arg" + i;
            }
        }
        return arguments;
    }

    /** The placeholders of a value, like "{0,number,integer}", in a canonical order. */
    /** Argument index and format type ("0,number"); a choice's wording is translated, so not compared. */
    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?").matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1) + (matcher.group(2) == null ? "" : "," + matcher.group(2)));
        }
        return found;
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        if (!Files.isDirectory(root)) {
            fail(root.toAbsolutePath() + " exists");
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(suffix))::iterator) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }
}
