//! The one `$ref` resolver, shared by the load and model stages.
//!
//! A local reference is a JSON pointer (RFC 6901) in a URI fragment: `#/a/b~1c/0` is
//! percent-decoded first, then split at `/`, then `~1` → `/` and `~0` → `~` in each segment.
//! [`find`] follows such a pointer from the root of a document through objects (any key) and
//! arrays (by index); a `$ref` object met on the way stands for its target, so a pointer
//! written into a part that has since moved (or into a component that is itself a reference)
//! still arrives. [`resolve`] also follows chains of references (`A: {$ref: B}`), detecting
//! cycles and bounding their length. The model stage reads typed documents, whose references
//! all name whole components after loading: [`follow`] and [`schema`] follow those.

use indexmap::IndexMap;
use openapiv3::{Components, OpenAPI, ReferenceOr, Schema};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};
use serde_json::Value;

use crate::error::{escape_pointer_segment, pointer_of, unescape_pointer_segment, Error, Location};

/// Most `$ref` hops followed (in a chain, or met inside one pointer) before it is called cyclic.
pub const MAX_REF_CHAIN: usize = 64;

/// Characters percent-encoded when writing a `$ref` fragment back out.
const FRAGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'#')
    .add(b'%')
    .add(b'{')
    .add(b'}')
    .add(b'|')
    .add(b'\\')
    .add(b'^')
    .add(b'[')
    .add(b']');

/// The decoded pointer segments of a local `$ref` (`#` alone: none), or `None` when it is not
/// a local JSON pointer (another document, an anchor such as `#foo`, bad percent-encoding).
pub fn ref_segments(reference: &str) -> Option<Vec<String>> {
    let fragment = reference.strip_prefix('#')?;
    let decoded = percent_decode_str(fragment).decode_utf8().ok()?;
    if decoded.is_empty() {
        return Some(Vec::new());
    }
    let rest = decoded.strip_prefix('/')?;
    Some(rest.split('/').map(unescape_pointer_segment).collect())
}

/// Writes pointer segments as a canonical `$ref` (`#/components/schemas/Dispute%20Evidence`).
pub fn canonical_ref<S: AsRef<str>>(segments: &[S]) -> String {
    let mut out = String::from("#");
    for s in segments {
        out.push('/');
        out.extend(utf8_percent_encode(
            &escape_pointer_segment(s.as_ref()),
            FRAGMENT,
        ));
    }
    out
}

/// The canonical `$ref` of the component `name` of `section` (`schemas`, `parameters`...).
pub fn component_ref(section: &str, name: &str) -> String {
    canonical_ref(&["components", section, name])
}

/// The section and name of the whole component a `$ref` names, if it names one.
pub fn component_of(reference: &str) -> Option<(String, String)> {
    let segments = ref_segments(reference)?;
    match <[String; 3]>::try_from(segments) {
        Ok([c, section, name]) if c == "components" => Some((section, name)),
        _ => None,
    }
}

/// The name of the schema component a `$ref` points to, if it points to one.
pub fn schema_ref_name(reference: &str) -> Option<String> {
    match component_of(reference)? {
        (section, name) if section == "schemas" => Some(name),
        _ => None,
    }
}

/// Why a reference leads nowhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefError {
    /// A reference into another document (`other.yaml#/X`, a URL).
    External,
    /// Not a JSON pointer (`#foo`, bad percent-encoding, not a string).
    Malformed,
    /// The pointer does not arrive: `found` is the longest prefix of it that exists.
    Dangling {
        /// The reference that does not arrive (the one written, or a later one of its chain).
        reference: String,
        /// How many `$ref`s were followed before it (0: the reference written).
        hop: usize,
        /// The existing prefix of the pointer, as a canonical `$ref`.
        found: String,
        /// The segment missing after `found`.
        missing: String,
    },
    /// A chain of `$ref`s comes back to a place it passed, or is longer than
    /// [`MAX_REF_CHAIN`].
    Cycle {
        /// The chain, as canonical `$ref`s, from the reference written.
        chain: Vec<String>,
    },
}

impl RefError {
    /// The error for a `$ref` (the value of `$ref` in the object at `pointer`) that does not
    /// resolve, located at the `$ref` (a later hop of a chain: at the `$ref` holding it).
    pub fn at(self, reference: &str, pointer: &str) -> Error {
        let location = Location::pointer(format!("{pointer}/$ref"));
        match self {
            RefError::External => Error::Unsupported {
                location,
                message: format!(
                    "external reference `{reference}`; bundle the spec into one document first"
                ),
            },
            RefError::Malformed => Error::UnresolvedRef {
                location,
                reference: reference.to_owned(),
                detail: String::from(": not a local JSON pointer (`#/…`)"),
            },
            RefError::Dangling {
                reference: failing,
                hop,
                found,
                missing,
            } => {
                let place = if found == "#" {
                    "the document".to_owned()
                } else {
                    format!("`{found}`")
                };
                let detail = if hop == 0 {
                    format!(": {place} has no `{missing}`")
                } else {
                    format!(": it leads to `{failing}`, and {place} has no `{missing}`")
                };
                Error::UnresolvedRef {
                    location,
                    reference: reference.to_owned(),
                    detail,
                }
            }
            RefError::Cycle { chain } => Error::CyclicRef {
                location,
                chain: chain.join(" -> "),
            },
        }
    }
}

/// A place a pointer arrived at: the value and where it is (after any `$ref` followed on the
/// way), as decoded segments.
#[derive(Debug, Clone)]
pub struct Found<'a> {
    /// The value found.
    pub value: &'a Value,
    /// Where it is in the document.
    pub segments: Vec<String>,
}

/// Follows `segments` from the root of `doc`: object members by key, array items by index.
/// When a `$ref` object lacks the next key, the reference is followed and the pointer
/// continues at its target (at most [`MAX_REF_CHAIN`] times in all).
pub fn find<'a>(doc: &'a Value, segments: &[String]) -> Result<Found<'a>, RefError> {
    let mut budget = MAX_REF_CHAIN;
    find_within(doc, segments, &mut budget)
}

fn find_within<'a>(
    doc: &'a Value,
    segments: &[String],
    budget: &mut usize,
) -> Result<Found<'a>, RefError> {
    let mut current = doc;
    let mut at: Vec<String> = Vec::with_capacity(segments.len());
    let mut index = 0;
    while let Some(segment) = segments.get(index) {
        let next = match current {
            Value::Object(map) => map.get(segment),
            Value::Array(items) => array_index(segment).and_then(|i| items.get(i)),
            _ => None,
        };
        if let Some(next) = next {
            current = next;
            at.push(segment.clone());
            index += 1;
            continue;
        }
        let dangling = |at: &[String]| RefError::Dangling {
            reference: canonical_ref(segments),
            hop: 0,
            found: canonical_ref(at),
            missing: segment.clone(),
        };
        // A reference stands for its target: the same segment is looked for there.
        let Some(target) = current
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(ref_segments)
        else {
            return Err(dangling(&at));
        };
        if *budget == 0 {
            return Err(RefError::Cycle {
                chain: vec![canonical_ref(segments)],
            });
        }
        *budget -= 1;
        let target = match find_within(doc, &target, budget) {
            Ok(found) => found,
            Err(cycle @ RefError::Cycle { .. }) => return Err(cycle),
            Err(_) => return Err(dangling(&at)),
        };
        current = target.value;
        at = target.segments;
    }
    Ok(Found {
        value: current,
        segments: at,
    })
}

/// An array index segment: digits only, no leading zero (RFC 6901).
fn array_index(segment: &str) -> Option<usize> {
    let digits = !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit());
    if !digits || (segment.len() > 1 && segment.starts_with('0')) {
        return None;
    }
    segment.parse().ok()
}

/// Resolves a `$ref` written in `doc` to what it finally names: [`find`], then again while the
/// value found is itself only a reference (`A: {$ref: B}`). A chain that comes back to a
/// place it passed, or is longer than [`MAX_REF_CHAIN`], is a [`RefError::Cycle`].
pub fn resolve<'a>(doc: &'a Value, reference: &str) -> Result<Found<'a>, RefError> {
    if !reference.starts_with('#') {
        return Err(RefError::External);
    }
    let mut segments = ref_segments(reference).ok_or(RefError::Malformed)?;
    let mut chain = vec![canonical_ref(&segments)];
    let mut seen: Vec<Vec<String>> = Vec::new();
    loop {
        let found = match find(doc, &segments) {
            Ok(found) => found,
            Err(RefError::Dangling { found, missing, .. }) => {
                return Err(RefError::Dangling {
                    reference: chain.last().cloned().unwrap_or_default(),
                    hop: chain.len() - 1,
                    found,
                    missing,
                })
            }
            Err(RefError::Cycle { .. }) => return Err(RefError::Cycle { chain }),
            Err(other) => return Err(other),
        };
        if seen.contains(&found.segments) || chain.len() > MAX_REF_CHAIN {
            return Err(RefError::Cycle { chain });
        }
        seen.push(found.segments.clone());
        let Some(next) = found.value.get("$ref") else {
            return Ok(found);
        };
        let Some(next) = next.as_str() else {
            return Err(RefError::Malformed);
        };
        if !next.starts_with('#') {
            return Err(RefError::External);
        }
        segments = ref_segments(next).ok_or(RefError::Malformed)?;
        chain.push(canonical_ref(&segments));
    }
}

/// `a schema`, `a parameter`...: one entry of a components section, for messages.
pub fn component_noun(section: &str) -> String {
    match section {
        "schemas" => "a schema".into(),
        "parameters" => "a parameter".into(),
        "requestBodies" => "a request body".into(),
        "responses" => "a response".into(),
        "securitySchemes" => "a security scheme".into(),
        "headers" => "a header".into(),
        "examples" => "an example".into(),
        "links" => "a link".into(),
        "callbacks" => "a callback".into(),
        other => format!("an entry of `components/{other}`"),
    }
}

/// The error for a `$ref` (inside the object at `pointer`) that does not name an entry of the
/// components `section` it must name (`parameters`, `schemas`...): [`Error::Invalid`] when it
/// names another kind of component, else [`Error::UnresolvedRef`]. Located at the `$ref`.
pub fn reference_error(reference: &str, section: &str, pointer: &str) -> Error {
    let location = Location::pointer(format!("{pointer}/$ref"));
    match component_of(reference) {
        Some((other, _)) if other != section => Error::Invalid {
            location,
            message: format!(
                "`$ref` `{reference}` names {} where {} belongs",
                component_noun(&other),
                component_noun(section)
            ),
        },
        _ => Error::UnresolvedRef {
            location,
            reference: reference.to_owned(),
            detail: String::new(),
        },
    }
}

/// The schema component a `$ref` names in a typed document (one hop).
pub fn schema<'s>(spec: &'s OpenAPI, reference: &str) -> Option<&'s ReferenceOr<Schema>> {
    let name = schema_ref_name(reference)?;
    spec.components.as_ref()?.schemas.get(&name)
}

/// Follows a chain of `$ref`s in a typed document to the entry of the components `section`
/// it ends at (`get` reads that section). A `$ref` that names something else is an error
/// located where it is written: the first of a chain at `pointer`, a later one in the
/// component holding it.
pub fn follow<'s, T>(
    spec: &'s OpenAPI,
    item: &'s ReferenceOr<T>,
    section: &str,
    get: impl Fn(&'s Components) -> &'s IndexMap<String, ReferenceOr<T>>,
    pointer: &str,
) -> Result<&'s T, Error> {
    let mut current = item;
    let mut at = pointer.to_owned();
    let mut chain = Vec::new();
    for _ in 0..MAX_REF_CHAIN {
        match current {
            ReferenceOr::Item(t) => return Ok(t),
            ReferenceOr::Reference { reference } => {
                let found = match component_of(reference) {
                    Some((s, name)) if s == section => {
                        spec.components.as_ref().and_then(|c| get(c).get(&name))
                    }
                    _ => None,
                };
                current = found.ok_or_else(|| reference_error(reference, section, &at))?;
                chain.push(reference.clone());
                at = match ref_segments(reference) {
                    Some(segments) => pointer_of(segments),
                    None => at,
                };
            }
        }
    }
    Err(Error::CyclicRef {
        location: Location::pointer(format!("{pointer}/$ref")),
        chain: chain.join(" -> "),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn segs(reference: &str) -> Vec<String> {
        ref_segments(reference).expect("a local pointer")
    }

    #[test]
    fn pointers_are_percent_decoded_then_unescaped() {
        assert_eq!(
            segs("#/paths/~1x~0y/get/responses/200/content/application~1json/schema"),
            [
                "paths",
                "/x~y",
                "get",
                "responses",
                "200",
                "content",
                "application/json",
                "schema"
            ]
        );
        assert_eq!(
            segs("#/components/schemas/Dispute%20Evidence")[2],
            "Dispute Evidence"
        );
        // `%7E1` decodes to `~1` first, which then unescapes to `/`.
        assert_eq!(segs("#/a%7E1b")[0], "a/b");
        assert_eq!(segs("#"), Vec::<String>::new());
        assert_eq!(ref_segments("#foo"), None);
        assert_eq!(ref_segments("other.yaml#/A"), None);
        assert_eq!(
            canonical_ref(&["components", "schemas", "Dispute Evidence"]),
            "#/components/schemas/Dispute%20Evidence"
        );
        assert_eq!(canonical_ref(&["paths", "/x"]), "#/paths/~1x");
    }

    #[test]
    fn any_pointer_is_followed() {
        let doc = json!({
            "components": {"schemas": {
                "A": {"definitions": {"b": {"definitions": {"c": {"type": "string"}}}},
                      "allOf": [{"type": "object"}, {"title": "second"}]},
                "Alias": {"$ref": "#/components/schemas/A"}
            }},
            "paths": {"/x": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"type": "integer"}}}}}}}}
        });
        let at = |r: &str| resolve(&doc, r).map(|f| f.value.clone());
        assert_eq!(
            at("#/components/schemas/A/definitions/b/definitions/c"),
            Ok(json!({"type": "string"}))
        );
        assert_eq!(
            at("#/components/schemas/A/allOf/1"),
            Ok(json!({"title": "second"}))
        );
        assert_eq!(
            at("#/paths/~1x/get/responses/200/content/application~1json/schema"),
            Ok(json!({"type": "integer"}))
        );
        // Through a reference: `Alias` stands for `A`.
        let through = resolve(&doc, "#/components/schemas/Alias/allOf/0").expect("resolves");
        assert_eq!(through.value, &json!({"type": "object"}));
        assert_eq!(
            through.segments,
            ["components", "schemas", "A", "allOf", "0"]
        );
        assert_eq!(
            at("#/components/schemas/A/allOf/01"),
            Err(RefError::Dangling {
                reference: "#/components/schemas/A/allOf/01".into(),
                hop: 0,
                found: "#/components/schemas/A/allOf".into(),
                missing: "01".into()
            })
        );
        assert_eq!(at("elsewhere.yaml#/A"), Err(RefError::External));
    }

    #[test]
    fn cycles_and_broken_chains_are_errors() {
        let doc = json!({"components": {"schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"},
            "C": {"$ref": "#/components/schemas/Nope"},
            "D": {"$ref": "#/components/schemas/D/x"}
        }}});
        assert!(matches!(
            resolve(&doc, "#/components/schemas/A"),
            Err(RefError::Cycle { chain }) if chain.len() == 3
        ));
        assert!(matches!(
            resolve(&doc, "#/components/schemas/C"),
            Err(RefError::Dangling { hop: 1, .. })
        ));
        assert!(matches!(
            resolve(&doc, "#/components/schemas/D/x"),
            Err(RefError::Cycle { .. })
        ));
    }
}
