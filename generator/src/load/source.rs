//! Reading one spec file (YAML, JSON or an Apifox Markdown page) into a JSON value.

use std::path::{Path, PathBuf};

use serde_json::{Map, Number, Value};

use crate::error::{Error, Location, Result};
use crate::load::Limits;

/// The text format of a spec file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A YAML document.
    Yaml,
    /// A JSON document.
    Json,
    /// An Apifox per-endpoint Markdown page with a fenced ```yaml (or ```json) block.
    Markdown,
}

impl Format {
    /// The format a file name implies, if it is a spec file at all.
    pub fn of(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "yaml" | "yml" => Some(Format::Yaml),
            "json" => Some(Format::Json),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }
}

/// One spec file as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path on disk.
    pub path: PathBuf,
    /// Name shown in errors and reports (relative to the spec root where possible).
    pub display: String,
    /// The document text (for Markdown, just the fenced block).
    pub text: String,
    /// The 0-based line in the file at which `text` starts (non-zero for Markdown).
    pub line_offset: usize,
    /// The format of `text` (Markdown pages are stored as the format of their block).
    pub format: Format,
}

impl SourceFile {
    /// Reads and prepares a file: one document, or one per fenced block of a Markdown page
    /// (Apifox exports a folder as one page with a ```yaml block per endpoint).
    pub fn read(path: &Path, display: String, limits: &Limits) -> Result<Vec<SourceFile>> {
        let meta = std::fs::metadata(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            action: "cannot read",
            source,
        })?;
        if meta.len() > limits.max_file_bytes {
            return Err(Error::Limit {
                location: Location::file(display),
                message: format!(
                    "file is {} bytes; the limit is {} bytes",
                    meta.len(),
                    limits.max_file_bytes
                ),
            });
        }
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            action: "cannot read",
            source,
        })?;
        let text = String::from_utf8(bytes).map_err(|e| Error::Syntax {
            location: Location::file(display.clone()),
            message: format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        })?;
        let format = Format::of(path).unwrap_or(Format::Yaml);
        Self::from_text(path.to_owned(), display, text, format)
    }

    /// Builds a source from text already in memory (used by tests and fuzzing).
    pub fn from_text(
        path: PathBuf,
        display: String,
        text: String,
        format: Format,
    ) -> Result<Vec<SourceFile>> {
        if format != Format::Markdown {
            return Ok(vec![SourceFile {
                path,
                display,
                text,
                line_offset: 0,
                format,
            }]);
        }
        let blocks = markdown_blocks(&text);
        if blocks.is_empty() {
            return Err(Error::Syntax {
                location: Location::file(display),
                message:
                    "Markdown page has no ```yaml or ```json block holding an OpenAPI document"
                        .into(),
            });
        }
        Ok(blocks
            .into_iter()
            .map(|(block, offset, inner)| SourceFile {
                path: path.clone(),
                display: display.clone(),
                text: block,
                line_offset: offset,
                format: inner,
            })
            .collect())
    }

    /// Parses the text into a JSON value, enforcing the limits.
    pub fn parse(&self, limits: &Limits) -> Result<Value> {
        let value = match self.format {
            Format::Json => parse_json_limited(&self.text, limits).map_err(|mut err| {
                if let Some(loc) = err.location_mut() {
                    loc.file = Some(self.display.clone());
                    if let Some(line) = loc.line.as_mut() {
                        *line += self.line_offset;
                    }
                }
                err
            })?,
            Format::Yaml | Format::Markdown => {
                let yaml = serde_yaml::from_str::<LooseYaml>(&self.text)
                    .map(|y| y.0)
                    .map_err(|e| {
                        let loc = e.location();
                        Error::Syntax {
                            location: Location {
                                file: Some(self.display.clone()),
                                line: loc.as_ref().map(|l| l.line() + self.line_offset),
                                column: loc.as_ref().map(|l| l.column()),
                                pointer: None,
                            },
                            message: strip_yaml_position(&e.to_string()),
                        }
                    })?;
                let mut budget = limits.max_nodes;
                yaml_to_json(yaml, &mut Vec::new(), &mut budget, limits).map_err(|mut err| {
                    if let Some(loc) = err.location_mut() {
                        loc.file = Some(self.display.clone());
                    }
                    err
                })?
            }
        };
        Ok(value)
    }
}

/// Parses JSON text under the same limits as YAML (values, nesting, string length), stopping
/// at the first value past one: nothing beyond the limits is ever held in memory.
fn parse_json_limited(text: &str, limits: &Limits) -> Result<Value> {
    let mut budget = JsonBudget {
        limits,
        nodes_left: limits.max_nodes,
        path: Vec::new(),
        exceeded: None,
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = serde::de::DeserializeSeed::deserialize(JsonNode(&mut budget), &mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value));
    parsed.map_err(|e| {
        budget.exceeded.take().unwrap_or_else(|| Error::Syntax {
            location: Location {
                file: None,
                line: Some(e.line()),
                column: Some(e.column()),
                pointer: None,
            },
            message: e.to_string(),
        })
    })
}

/// What a JSON document may still use of the limits, and where the reader is.
struct JsonBudget<'l> {
    limits: &'l Limits,
    nodes_left: usize,
    path: Vec<String>,
    /// The limit that stopped the reader (serde's own error carries only text).
    exceeded: Option<Error>,
}

impl JsonBudget<'_> {
    fn fail<E: serde::de::Error>(&mut self, message: String) -> E {
        let error = Error::Limit {
            location: Location::pointer(crate::error::pointer_of(self.path.iter())),
            message,
        };
        let text = error.to_string();
        self.exceeded = Some(error);
        E::custom(text)
    }

    /// Counts one value at the current path against the node and depth limits.
    fn enter<E: serde::de::Error>(&mut self) -> std::result::Result<(), E> {
        if self.nodes_left == 0 {
            let message = format!(
                "document has more than {} values (limit exceeded)",
                self.limits.max_nodes
            );
            return Err(self.fail(message));
        }
        self.nodes_left -= 1;
        if self.path.len() > self.limits.max_depth {
            let message = format!("nesting deeper than {} levels", self.limits.max_depth);
            return Err(self.fail(message));
        }
        Ok(())
    }

    fn string<E: serde::de::Error>(&mut self, s: &str) -> std::result::Result<(), E> {
        if s.len() > self.limits.max_string_bytes {
            let message = format!(
                "string of {} bytes; the limit is {}",
                s.len(),
                self.limits.max_string_bytes
            );
            return Err(self.fail(message));
        }
        Ok(())
    }
}

/// Reads one JSON value (and everything inside it) within the budget.
struct JsonNode<'b, 'l>(&'b mut JsonBudget<'l>);

impl<'de> serde::de::DeserializeSeed<'de> for JsonNode<'_, '_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for JsonNode<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> std::result::Result<Value, E> {
        self.0.enter()?;
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<Value, E> {
        self.0.enter()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<Value, E> {
        self.0.enter()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<Value, E> {
        self.0.enter()?;
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Value, E> {
        self.0.enter()?;
        self.0.string(v)?;
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> std::result::Result<Value, E> {
        self.0.enter()?;
        self.0.string(&v)?;
        Ok(Value::String(v))
    }

    fn visit_unit<E: serde::de::Error>(self) -> std::result::Result<Value, E> {
        self.0.enter()?;
        Ok(Value::Null)
    }

    fn visit_none<E: serde::de::Error>(self) -> std::result::Result<Value, E> {
        self.visit_unit()
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Value, A::Error> {
        self.0.enter()?;
        let mut items = Vec::new();
        loop {
            self.0.path.push(items.len().to_string());
            let item = seq.next_element_seed(JsonNode(&mut *self.0));
            self.0.path.pop();
            match item? {
                Some(item) => items.push(item),
                None => break,
            }
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Value, A::Error> {
        self.0.enter()?;
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            self.0.string(&key)?;
            self.0.path.push(key);
            let value = map.next_value_seed(JsonNode(&mut *self.0));
            let key = self.0.path.pop().unwrap_or_default();
            out.insert(key, value?);
        }
        Ok(Value::Object(out))
    }
}

/// A YAML value read like JSON reads numbers: integers beyond 64 bits (`-9223372036854776000`,
/// which JSON tools write for `i64::MIN` rounded) become floating-point numbers instead of
/// failing, which `serde_yaml::Value` itself does.
struct LooseYaml(serde_yaml::Value);

impl<'de> serde::Deserialize<'de> for LooseYaml {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(LooseYamlVisitor)
            .map(LooseYaml)
    }
}

struct LooseYamlVisitor;

impl<'de> serde::de::Visitor<'de> for LooseYamlVisitor {
    type Value = serde_yaml::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::Number(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::Number(match i64::try_from(v) {
            Ok(small) => small.into(),
            Err(_) => (v as f64).into(),
        }))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::Number(match u64::try_from(v) {
            Ok(small) => small.into(),
            Err(_) => (v as f64).into(),
        }))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::Number(v.into()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::Null)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(LooseYaml(item)) = seq.next_element()? {
            out.push(item);
        }
        Ok(serde_yaml::Value::Sequence(out))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = serde_yaml::Mapping::new();
        while let Some((LooseYaml(k), LooseYaml(v))) = map.next_entry()? {
            out.insert(k, v);
        }
        Ok(serde_yaml::Value::Mapping(out))
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        use serde::de::VariantAccess;
        // serde_yaml hands a tagged node (`!tag value`) over as an enum; the tag is dropped later.
        let (tag, variant): (String, A::Variant) = data.variant()?;
        let LooseYaml(value) = variant.newtype_variant()?;
        Ok(serde_yaml::Value::Tagged(Box::new(
            serde_yaml::value::TaggedValue {
                tag: serde_yaml::value::Tag::new(tag),
                value,
            },
        )))
    }
}

/// serde_yaml appends "at line X column Y" to its messages; the location is reported separately.
fn strip_yaml_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// A Markdown code fence line (CommonMark): at most three spaces of indentation, then three or
/// more backticks or tildes; the fence character, its length and the info string after it.
fn code_fence(line: &str) -> Option<(char, usize, &str)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let fence_char = rest.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let length = rest.len() - rest.trim_start_matches(fence_char).len();
    if length < 3 {
        return None;
    }
    let info = &rest[length..];
    if fence_char == '`' && info.contains('`') {
        return None;
    }
    Some((fence_char, length, info))
}

/// Whether `line` closes a block opened by `length` times `fence_char`: the same character at
/// least as often, nothing after it. A fence indented by four spaces or more is text of the
/// block (a ```json sample inside a YAML description), not its end.
fn closes(line: &str, fence_char: char, length: usize) -> bool {
    code_fence(line)
        .is_some_and(|(c, n, info)| c == fence_char && n >= length && info.trim().is_empty())
}

/// Every fenced ```yaml/```yml/```json block: its text, 0-based start line, format.
fn markdown_blocks(text: &str) -> Vec<(String, usize, Format)> {
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((i, line)) = lines.next() {
        let Some((fence_char, length, info)) = code_fence(line) else {
            continue;
        };
        let language = info.split_whitespace().next().unwrap_or("");
        let format = match language.to_ascii_lowercase().as_str() {
            "yaml" | "yml" => Format::Yaml,
            "json" => Format::Json,
            _ => {
                // Skip any other fenced block (a shell sample) whole.
                for (_, inner) in lines.by_ref() {
                    if closes(inner, fence_char, length) {
                        break;
                    }
                }
                continue;
            }
        };
        let mut block = String::new();
        for (_, inner) in lines.by_ref() {
            if closes(inner, fence_char, length) {
                break;
            }
            block.push_str(inner);
            block.push('\n');
        }
        // An unterminated block still holds a document.
        if !block.trim().is_empty() {
            out.push((block, i + 1, format));
        }
    }
    out
}

/// Converts a YAML value (aliases already expanded by serde_yaml) into JSON, keeping key order.
fn yaml_to_json(
    value: serde_yaml::Value,
    path: &mut Vec<String>,
    budget: &mut usize,
    limits: &Limits,
) -> Result<Value> {
    use serde_yaml::Value as Y;
    if *budget == 0 {
        return Err(Error::Limit {
            location: Location::pointer(crate::error::pointer_of(path.iter())),
            message: format!(
                "document expands to more than {} values (an alias bomb?)",
                limits.max_nodes
            ),
        });
    }
    *budget -= 1;
    if path.len() > limits.max_depth {
        return Err(Error::Limit {
            location: Location::pointer(crate::error::pointer_of(path.iter())),
            message: format!("nesting deeper than {} levels", limits.max_depth),
        });
    }
    Ok(match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => number_to_json(&n).ok_or_else(|| Error::Invalid {
            location: Location::pointer(crate::error::pointer_of(path.iter())),
            message: format!("number `{n}` cannot be represented in JSON"),
        })?,
        Y::String(s) => {
            if s.len() > limits.max_string_bytes {
                return Err(Error::Limit {
                    location: Location::pointer(crate::error::pointer_of(path.iter())),
                    message: format!(
                        "string of {} bytes; the limit is {}",
                        s.len(),
                        limits.max_string_bytes
                    ),
                });
            }
            Value::String(s)
        }
        Y::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                path.push(i.to_string());
                out.push(yaml_to_json(item, path, budget, limits)?);
                path.pop();
            }
            Value::Array(out)
        }
        Y::Mapping(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".to_owned(),
                    other => {
                        return Err(Error::Invalid {
                            location: Location::pointer(crate::error::pointer_of(path.iter())),
                            message: format!("mapping key must be a scalar, found {other:?}"),
                        })
                    }
                };
                if key.len() > limits.max_string_bytes {
                    return Err(Error::Limit {
                        location: Location::pointer(crate::error::pointer_of(path.iter())),
                        message: format!(
                            "key of {} bytes; the limit is {}",
                            key.len(),
                            limits.max_string_bytes
                        ),
                    });
                }
                path.push(key.clone());
                let converted = yaml_to_json(v, path, budget, limits)?;
                path.pop();
                out.insert(key, converted);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value, path, budget, limits)?,
    })
}

fn number_to_json(n: &serde_yaml::Number) -> Option<Value> {
    if let Some(i) = n.as_i64() {
        Some(Value::Number(i.into()))
    } else if let Some(u) = n.as_u64() {
        Some(Value::Number(u.into()))
    } else {
        n.as_f64().and_then(Number::from_f64).map(Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_blocks_are_found_with_their_offsets() {
        let page = "# Close a dispute\n\n## OpenAPI Specification\n\n```yaml\nopenapi: 3.0.1\n```\n# Other\n```sh\ncurl x\n```\n```json\n{}\n```\n";
        let blocks = markdown_blocks(page);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0], ("openapi: 3.0.1\n".to_owned(), 5, Format::Yaml));
        assert_eq!(blocks[1], ("{}\n".to_owned(), 12, Format::Json));
    }

    /// A fenced sample inside a YAML description (indented with the scalar) is text of the
    /// block, not its end; only a fence indented by at most three spaces closes it (CommonMark).
    #[test]
    fn an_indented_fence_inside_the_block_does_not_end_it() {
        let page = "# Force unlock\n\n```yaml\nopenapi: 3.0.1\npaths:\n  /a:\n    delete:\n      description: >-\n        Fails like this:\n\n        ```json\n        {\"code\": 1}\n        ```\n      responses: {}\n```\n\n~~~~json\n{}\n```\n~~~~\n";
        let blocks = markdown_blocks(page);
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        assert!(blocks[0].0.contains("      responses: {}\n"), "{blocks:?}");
        assert!(blocks[0].0.contains("        ```json\n"), "{blocks:?}");
        assert_eq!(blocks[1], ("{}\n```\n".to_owned(), 17, Format::Json));
    }

    #[test]
    fn integer_keys_become_strings() {
        let src = SourceFile::from_text(
            "a.yaml".into(),
            "a.yaml".into(),
            "200: ok\n".into(),
            Format::Yaml,
        )
        .unwrap();
        let v = src[0].parse(&Limits::default()).unwrap();
        assert_eq!(v, serde_json::json!({"200": "ok"}));
    }
}
