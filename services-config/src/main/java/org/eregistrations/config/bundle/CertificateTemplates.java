package org.eregistrations.config.bundle;

import io.quarkus.qute.TemplateException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Certificate;
import org.eregistrations.config.catalogue.CertificateHtml;
import org.eregistrations.config.yaml.Problems;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The templates the certificates of a catalogue name: each a file {@code certificates/<name>.html} of the bundle that
 * renders into well-formed XHTML.
 */
final class CertificateTemplates {
    static final String DIR = "certificates";
    private static final Pattern PATH = Pattern.compile(DIR + "/[A-Za-z0-9_-]{1,100}\\.html");

    private CertificateTemplates() {}

    /** The catalogue with the text of each template it names; a missing or misnamed one is an error at its line. */
    static Catalogue read(Path dir, Catalogue catalogue, Problems problems) {
        Map<String, String> texts = new HashMap<>();
        for (Certificate certificate : catalogue.certificates()) {
            certificate.templatePath().ifPresent(path -> {
                String what = "certificate '" + certificate.id() + "': template '" + path + "'";
                if (!PATH.matcher(path).matches()) {
                    problems.error(
                            BundleLoader.CATALOGUE_FILE,
                            certificate.line(),
                            what + " must be a file " + DIR + "/<name>.html of the bundle");
                } else if (!Files.isRegularFile(dir.resolve(path))) {
                    problems.error(BundleLoader.CATALOGUE_FILE, certificate.line(), what + " is not in the bundle");
                } else {
                    BundleLoader.bytes(dir, path, problems)
                            .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                            .filter(text -> renders(path, text, problems))
                            .ifPresent(text -> texts.put(path, text));
                }
            });
        }
        return catalogue.withTemplates(texts);
    }

    /**
     * Whether a template renders (with sample values) into well-formed XHTML, as the PDF printer reads it; what does
     * not is an error at its line of the template.
     */
    private static boolean renders(String path, String text, Problems problems) {
        String xhtml;
        try {
            xhtml = CertificateHtml.render(text, CertificateHtml.SAMPLE);
        } catch (TemplateException e) {
            int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
            problems.error(path, line, "the template does not render: " + e.getMessage());
            return false;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw, nothing is printed
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.parse(new InputSource(new StringReader(xhtml)));
            return true;
        } catch (SAXParseException e) {
            problems.error(
                    path,
                    e.getLineNumber(),
                    "the template is not well-formed XHTML (close every tag, e.g. <br/>): " + e.getMessage());
            return false;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            problems.error(path, 0, "the template cannot be read as XHTML: " + e.getMessage());
            return false;
        }
    }
}
