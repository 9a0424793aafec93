// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! `multipart/form-data` bodies: file uploads next to text fields.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::Error;

/// A file to upload in a `multipart/form-data` request.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileUpload {
    /// The file name sent with the part (`evidence.pdf`).
    pub file_name: String,
    /// The part's media type (`application/pdf`); `application/octet-stream` when `None`.
    pub content_type: Option<String>,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

impl FileUpload {
    /// A file named `file_name` holding `bytes`.
    pub fn new(file_name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        FileUpload {
            file_name: file_name.into(),
            content_type: None,
            bytes: bytes.into(),
        }
    }

    /// Sets the part's media type.
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// Reads a file from disk; the part is named after the file.
    pub fn from_path(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let bytes = std::fs::read(path)?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "file".into());
        Ok(FileUpload::new(file_name, bytes))
    }
}

impl fmt::Debug for FileUpload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileUpload")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("bytes", &format_args!("<{} bytes>", self.bytes.len()))
            .finish()
    }
}

#[allow(dead_code)] // Unused in crates whose API uploads no files.
#[derive(Debug, Clone)]
pub(crate) enum Part {
    Text(String),
    File(FileUpload),
}

/// The parts of a multipart body, kept so the body can be rebuilt for each retry.
#[allow(dead_code)]
#[derive(Debug, Clone, Default)]
pub(crate) struct Multipart {
    pub(crate) parts: Vec<(String, Part)>,
}

#[allow(dead_code)]
impl Multipart {
    pub(crate) fn new() -> Self {
        Multipart::default()
    }

    /// A text field: scalars as text, arrays of scalars as one part per item, objects as JSON.
    pub(crate) fn text<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), Error> {
        let value = serde_json::to_value(value)
            .map_err(|e| Error::InvalidRequest(format!("cannot encode the `{name}` field: {e}")))?;
        match value {
            Value::Null => {}
            Value::String(s) => self.parts.push((name.to_owned(), Part::Text(s))),
            Value::Number(_) | Value::Bool(_) => self
                .parts
                .push((name.to_owned(), Part::Text(value.to_string()))),
            Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
                for item in items {
                    let text = match item {
                        Value::String(s) => s,
                        Value::Null => continue,
                        other => other.to_string(),
                    };
                    self.parts.push((name.to_owned(), Part::Text(text)));
                }
            }
            other => self
                .parts
                .push((name.to_owned(), Part::Text(other.to_string()))),
        }
        Ok(())
    }

    /// How many parts the body has.
    pub(crate) fn len(&self) -> usize {
        self.parts.len()
    }

    /// Extra fields (names and JSON-encoded values) as text parts after the others, in order.
    /// An extra whose field (its name up to a `[`) is already a part, or that two extras
    /// share, is an [`Error::InvalidRequest`] naming it.
    pub(crate) fn extras(
        &mut self,
        extras: &[(String, Vec<u8>)],
        operation: &str,
    ) -> Result<(), Error> {
        use crate::encoding::top_level_name;
        let mut taken: Vec<&str> = self
            .parts
            .iter()
            .map(|(name, _)| top_level_name(name))
            .collect();
        taken.dedup();
        let mut added = Multipart::new();
        for (name, value) in extras {
            let field = top_level_name(name);
            if taken.contains(&field) {
                return Err(Error::InvalidRequest(format!(
                    "the extra field `{field}` is already in the request body of `{operation}` (a typed field that is set, or another extra)"
                )));
            }
            taken.push(field);
            let value: Value = serde_json::from_slice(value).map_err(|e| {
                Error::InvalidRequest(format!("cannot encode the extra field `{name}`: {e}"))
            })?;
            added.text(name, &value)?;
        }
        self.parts.append(&mut added.parts);
        Ok(())
    }

    /// A file field.
    pub(crate) fn file(&mut self, name: &str, file: &FileUpload) {
        self.parts.push((name.to_owned(), Part::File(file.clone())));
    }

    /// Several files under one field name.
    pub(crate) fn files(&mut self, name: &str, files: &[FileUpload]) {
        for file in files {
            self.file(name, file);
        }
    }

    /// The reqwest form for one attempt.
    pub(crate) fn to_form(&self) -> Result<reqwest::multipart::Form, Error> {
        let mut form = reqwest::multipart::Form::new();
        for (name, part) in &self.parts {
            form = match part {
                Part::Text(text) => form.text(name.clone(), text.clone()),
                Part::File(file) => {
                    let part = reqwest::multipart::Part::bytes(file.bytes.clone())
                        .file_name(file.file_name.clone());
                    let part = match &file.content_type {
                        Some(ct) => part.mime_str(ct).map_err(|e| {
                            Error::InvalidRequest(format!(
                                "invalid content type `{ct}` for `{name}`: {e}"
                            ))
                        })?,
                        None => part
                            .mime_str("application/octet-stream")
                            .map_err(|e| Error::InvalidRequest(e.to_string()))?,
                    };
                    form.part(name.clone(), part)
                }
            };
        }
        Ok(form)
    }
}
