//! FHIR R4 XML (feature `fhir-xml`): a document in FHIR's XML form read into its JSON form, so
//! that the same records, rules and error paths apply to both.
//!
//! FHIR defines one mapping between its forms (R4, "XML Representation" and "JSON
//! Representation"): a primitive is an element with a `value` attribute; a resource is an
//! element named by its type, which JSON writes as `resourceType`; a repeating element is an
//! array in JSON, also when it occurs once. Which elements repeat comes from the resources'
//! definitions, so this reader knows them for the elements the conversion reads
//! ([`REPEATING`]); any other element that occurs twice becomes an array as well, so that nothing
//! read is dropped. The narrative (`text.div`, XHTML) is skipped, since nothing reads it;
//! quick-xml does the XML parsing, including entities and character references.
//!
//! ```
//! use bevoegd::fhir::{import_bundle, xml_to_json, Bundle};
//! use bevoegd::Date;
//!
//! let xml = r#"<Bundle xmlns="http://hl7.org/fhir"><type value="collection"/>
//!   <entry><resource><Practitioner><id value="p1"/>
//!     <identifier><system value="http://fhir.nl/fhir/NamingSystem/big"/><value value="19012345601"/></identifier>
//!     <name><text value="E. Bakker"/></name></Practitioner></resource></entry>
//!   <entry><resource><PractitionerRole><id value="r1"/><active value="true"/>
//!     <practitioner><reference value="Practitioner/p1"/></practitioner>
//!     <specialty><coding><system value="http://fhir.nl/fhir/NamingSystem/uzi-rolcode"/><code value="01.000"/></coding></specialty>
//!   </PractitionerRole></resource></entry></Bundle>"#;
//! let json = xml_to_json(xml)?;
//! assert_eq!(json["entry"][1]["resource"]["resourceType"], "PractitionerRole");
//! assert_eq!(json["entry"][1]["resource"]["active"], true);
//! let bundle: Bundle = serde_json::from_value(json)?;
//! let imports = import_bundle(&bundle, Date::new(2026, 1, 5)?);
//! assert_eq!(imports[0].result.as_ref().map_err(|e| e.to_string())?.professional.name(), "E. Bakker");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use quick_xml::events::{BytesStart, Event};
use serde_json::{Map, Value};
use thiserror::Error;

/// The elements that repeat (cardinality `0..*`) among those the conversion reads, as
/// `(parent, element)`; a parent `*` stands for any. `PractitionerRole.code` repeats,
/// `Practitioner.qualification.code` does not. Source: the FHIR R4 (4.0.1) definitions of Bundle,
/// Practitioner, PractitionerRole and their data types.
pub const REPEATING: &[(&str, &str)] = &[
    ("Bundle", "entry"),
    ("Practitioner", "identifier"),
    ("Practitioner", "name"),
    ("Practitioner", "qualification"),
    ("Practitioner", "telecom"),
    ("Practitioner", "address"),
    ("Practitioner", "communication"),
    ("PractitionerRole", "identifier"),
    ("PractitionerRole", "code"),
    ("PractitionerRole", "specialty"),
    ("PractitionerRole", "location"),
    ("PractitionerRole", "healthcareService"),
    ("PractitionerRole", "telecom"),
    ("PractitionerRole", "endpoint"),
    ("*", "given"),
    ("*", "prefix"),
    ("*", "suffix"),
    ("*", "line"),
    ("*", "coding"),
    ("*", "extension"),
    ("*", "modifierExtension"),
    ("*", "contained"),
];

/// An XML document that is not a FHIR resource in XML form.
#[derive(Clone, PartialEq, Eq, Debug, Error)]
#[error("not FHIR XML at byte {position}: {message}")]
#[non_exhaustive]
pub struct XmlError {
    /// Where in the document (a byte offset).
    pub position: u64,
    /// What is wrong.
    pub message: String,
}

/// One open element: its name, its children so far, its `value` attribute, and the resource it
/// holds (for `resource` and `contained`).
struct Frame {
    name: String,
    /// The resource type, for an element that is a resource.
    resource: Option<String>,
    children: Map<String, Value>,
    value: Option<String>,
    inner: Option<Value>,
}

impl Frame {
    fn new(name: String, resource: Option<String>, e: &BytesStart<'_>, position: u64) -> Result<Frame, XmlError> {
        let mut frame = Frame { name, resource, children: Map::new(), value: None, inner: None };
        for attribute in e.attributes() {
            let attribute = attribute.map_err(|err| XmlError { position, message: err.to_string() })?;
            let key = attribute.key.local_name();
            let value = attribute.unescape_value().map_err(|err| XmlError { position, message: err.to_string() })?;
            match key.as_ref() {
                b"value" => frame.value = Some(value.into_owned()),
                // An extension's url is an attribute in XML and a property in JSON.
                b"url" => {
                    frame.children.insert("url".to_owned(), Value::String(value.into_owned()));
                }
                _ => {}
            }
        }
        Ok(frame)
    }

    /// The element's JSON value.
    fn into_value(self) -> Value {
        if let Some(inner) = self.inner {
            return inner;
        }
        match (self.value, self.resource) {
            (_, Some(kind)) => {
                let mut object = Map::new();
                object.insert("resourceType".to_owned(), Value::String(kind));
                object.extend(self.children);
                Value::Object(object)
            }
            // A primitive: its value (extensions on it are `_name` in JSON; nothing reads them).
            (Some(value), None) => match (self.name.as_str(), value.as_str()) {
                ("active", "true") => Value::Bool(true),
                ("active", "false") => Value::Bool(false),
                _ => Value::String(value),
            },
            (None, None) => Value::Object(self.children),
        }
    }
}

fn repeats(parent: &Frame, name: &str) -> bool {
    let parent = parent.resource.as_deref().unwrap_or(&parent.name);
    REPEATING.iter().any(|(p, n)| *n == name && (*p == "*" || *p == parent))
}

fn is_resource_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

/// Reads a FHIR resource in XML form (a `Bundle`, a `Practitioner`, a `PractitionerRole`, ...)
/// into its JSON form.
///
/// # Errors
///
/// [`XmlError`] when the text is not well-formed XML or its root is not a resource.
pub fn xml_to_json(text: &str) -> Result<Value, XmlError> {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut stack: Vec<Frame> = Vec::new();
    let mut skipping = 0usize;
    let mut root: Option<Value> = None;
    loop {
        let position = reader.buffer_position();
        let event = reader.read_event().map_err(|e| XmlError { position, message: e.to_string() })?;
        match event {
            Event::Start(_) if skipping > 0 => skipping += 1,
            Event::End(_) if skipping > 0 => skipping -= 1,
            _ if skipping > 0 => {}
            Event::Start(ref e) | Event::Empty(ref e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                let empty = matches!(event, Event::Empty(_));
                // The narrative's XHTML: nothing reads it.
                if name == "div" {
                    if !empty {
                        skipping = 1;
                    }
                    continue;
                }
                let in_container = match stack.last() {
                    None => true,
                    Some(parent) => {
                        matches!(parent.name.as_str(), "resource" | "contained") && parent.resource.is_none()
                    }
                };
                let resource = (in_container && is_resource_name(&name)).then(|| name.clone());
                if stack.is_empty() && resource.is_none() {
                    return Err(XmlError {
                        position,
                        message: format!("the root element `{name}` is not a FHIR resource"),
                    });
                }
                let frame = Frame::new(name, resource, e, position)?;
                if empty {
                    close(&mut stack, frame, &mut root);
                } else {
                    stack.push(frame);
                }
            }
            Event::End(_) => {
                let Some(frame) = stack.pop() else {
                    return Err(XmlError { position, message: "an end tag without its start".to_owned() });
                };
                close(&mut stack, frame, &mut root);
            }
            Event::Text(t) if skipping == 0 && !stack.is_empty() => {
                let text = t.decode().map_err(|e| XmlError { position, message: e.to_string() })?;
                if !text.trim().is_empty() {
                    return Err(XmlError {
                        position,
                        message: format!("text `{}` outside a `value` attribute", crate::text::quoted(text.trim())),
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !stack.is_empty() {
        return Err(XmlError {
            position: reader.buffer_position(),
            message: "the document ends inside an element".to_owned(),
        });
    }
    root.ok_or(XmlError { position: 0, message: "no FHIR resource in the document".to_owned() })
}

/// Puts a closed element into its parent (or makes it the root).
fn close(stack: &mut [Frame], frame: Frame, root: &mut Option<Value>) {
    let name = frame.name.clone();
    let is_resource = frame.resource.is_some();
    let value = frame.into_value();
    let Some(parent) = stack.last_mut() else {
        *root = Some(value);
        return;
    };
    if is_resource && matches!(parent.name.as_str(), "resource" | "contained") && parent.resource.is_none() {
        parent.inner = Some(value);
        return;
    }
    let array = repeats(parent, &name);
    match parent.children.get_mut(&name) {
        Some(Value::Array(items)) if array => items.push(value),
        // An element that occurs twice although it is not known to repeat: kept, as an array.
        Some(existing) => {
            let first = existing.take();
            *existing = match first {
                Value::Array(mut items) if array => {
                    items.push(value);
                    Value::Array(items)
                }
                first => Value::Array(vec![first, value]),
            };
        }
        None => {
            parent.children.insert(name, if array { Value::Array(vec![value]) } else { value });
        }
    }
}
