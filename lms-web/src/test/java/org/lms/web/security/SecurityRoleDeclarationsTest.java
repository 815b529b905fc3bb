package org.lms.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lms.domain.roles.Privilege;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The container only knows the roles its descriptors declare: a privilege missing from one of
 * them would make {@code @RolesAllowed} refuse everybody (or, mapped wrongly, somebody else).
 * Every descriptor must list exactly the {@link Privilege} values, each role held by the
 * identity-store group of the same name.
 */
class SecurityRoleDeclarationsTest {

    // Tests run with the module directory as working directory.
    private static final Path GLASSFISH_WEB = Path.of("src/main/webapp/WEB-INF/glassfish-web.xml");
    private static final Path WEB = Path.of("src/main/webapp/WEB-INF/web.xml");
    private static final Path GLASSFISH_APPLICATION = Path.of("../lms-ear/src/main/application/META-INF/glassfish-application.xml");

    private static final List<String> PRIVILEGES =
            Arrays.stream(Privilege.values()).map(Enum::name).sorted().collect(Collectors.toList());

    @Test
    void webXmlDeclaresEveryPrivilegeOnce() throws Exception {
        Document web = parse(WEB);
        List<String> declared = new ArrayList<>();
        for (Element role : children(web.getDocumentElement(), "security-role")) {
            declared.add(text(single(role, "role-name")));
        }
        assertEquals(PRIVILEGES, sorted(declared), WEB + " <security-role>s");
    }

    @Test
    void glassfishWebXmlMapsEveryPrivilegeToItsGroup() throws Exception {
        assertMapsEveryPrivilegeToItsGroup(GLASSFISH_WEB);
    }

    @Test
    void glassfishApplicationXmlMapsEveryPrivilegeToItsGroup() throws Exception {
        assertMapsEveryPrivilegeToItsGroup(GLASSFISH_APPLICATION);
    }

    private static void assertMapsEveryPrivilegeToItsGroup(Path file) throws Exception {
        Document document = parse(file);
        List<String> mapped = new ArrayList<>();
        for (Element mapping : children(document.getDocumentElement(), "security-role-mapping")) {
            String role = text(single(mapping, "role-name"));
            List<Element> groups = children(mapping, "group-name");
            assertEquals(1, groups.size(), file + ": role " + role + " must be held by exactly one group");
            assertEquals(role, text(groups.get(0)), file + ": role " + role + " must be held by the group of its name");
            assertTrue(children(mapping, "principal-name").isEmpty(), file + ": role " + role + " must not name principals");
            mapped.add(role);
        }
        assertEquals(PRIVILEGES, sorted(mapped), file + " <security-role-mapping>s");
    }

    private static Document parse(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), file.toAbsolutePath() + " exists");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(file.toFile());
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element single(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        assertEquals(1, found.size(), "one <" + localName + "> in <" + parent.getLocalName() + ">");
        return found.get(0);
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }

    private static List<String> sorted(List<String> names) {
        // Sorting keeps duplicates, so a role listed twice fails the comparison too.
        return names.stream().sorted().collect(Collectors.toList());
    }
}
