// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
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
enum Part {
    Text(String),
    File(FileUpload),
}

/// The parts of a multipart body, kept so the body can be rebuilt for each retry.
#[allow(dead_code)]
#[derive(Debug, Clone, Default)]
pub(crate) struct Multipart {
    parts: Vec<(String, Part)>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::{ApiRequest, Credential};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// Accepts one request on 127.0.0.1, answers 200 `{}`, and returns the raw request.
    async fn capture_one() -> (String, tokio::task::JoinHandle<Vec<u8>>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let handle = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut received = Vec::new();
            let mut buf = [0u8; 4096];
            loop {
                let n = socket.read(&mut buf).await.unwrap();
                received.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&received);
                if let Some(end) = text.find("\r\n\r\n") {
                    let length = text[..end]
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse::<usize>().unwrap())
                        })
                        .unwrap_or(0);
                    if received.len() >= end + 4 + length {
                        break;
                    }
                }
                if n == 0 {
                    break;
                }
            }
            socket.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}").await.unwrap();
            received
        });
        (url, handle)
    }

    #[tokio::test]
    async fn files_and_text_fields_are_sent_as_multipart_parts() {
        let (url, server) = capture_one().await;
        let client = crate::client::ClientBuilder::new(vec![Credential::basic("sk_test_x")], &url)
            .build()
            .unwrap();
        let mut form = Multipart::new();
        form.text("purpose", "dispute_evidence").unwrap();
        form.text("tags", &["a", "b"]).unwrap();
        form.text("metadata", &serde_json::json!({"k": "v"}))
            .unwrap();
        form.file(
            "file",
            &FileUpload::new("receipt.pdf", b"%PDF-1.4 bytes".to_vec())
                .with_content_type("application/pdf"),
        );
        let mut request = ApiRequest::new(reqwest::Method::POST, "/v1/files".into());
        // A spec-declared Content-Type must not replace the one carrying the boundary.
        request.header("Content-Type", "multipart/form-data");
        request.multipart_body(form);
        crate::client::Call::new(
            &client,
            Ok(request),
            &Default::default(),
            crate::client::decode_empty,
        )
        .await
        .unwrap();
        let raw = String::from_utf8(server.await.unwrap()).unwrap();
        let head = &raw[..raw.find("\r\n\r\n").unwrap()];
        let content_types: Vec<&str> = head
            .lines()
            .filter(|l| l.to_ascii_lowercase().starts_with("content-type:"))
            .collect();
        assert_eq!(content_types.len(), 1, "one Content-Type header: {head}");
        assert!(
            content_types[0].contains("multipart/form-data; boundary="),
            "{head}"
        );
        assert!(
            raw.contains(
                "Content-Disposition: form-data; name=\"purpose\"\r\n\r\ndispute_evidence\r\n"
            ),
            "{raw}"
        );
        assert_eq!(raw.matches("name=\"tags\"").count(), 2, "{raw}");
        assert!(
            raw.contains("name=\"metadata\"\r\n\r\n{\"k\":\"v\"}\r\n"),
            "{raw}"
        );
        assert!(raw.contains("name=\"file\"; filename=\"receipt.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 bytes\r\n"), "{raw}");
    }

    #[test]
    fn extras_are_text_parts_after_the_others() {
        let mut form = Multipart::new();
        form.text("purpose", "dispute_evidence").unwrap();
        form.text("tags[]", &["a"]).unwrap();
        let extra = |n: &str, v: serde_json::Value| (n.to_owned(), serde_json::to_vec(&v).unwrap());
        form.extras(
            &[extra("note", "hi".into()), extra("n", 2.into())],
            "files.create",
        )
        .unwrap();
        let names: Vec<&str> = form.parts.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["purpose", "tags[]", "note", "n"]);
        for name in ["purpose", "tags", "note", "note[x]"] {
            let mut again = form.clone();
            let error = again
                .extras(&[extra(name, 1.into())], "files.create")
                .unwrap_err();
            let field = crate::encoding::top_level_name(name);
            assert!(error.to_string().contains(&format!("`{field}`")), "{error}");
            assert_eq!(again.len(), 4, "nothing added on error");
        }
    }

    #[test]
    fn debug_output_does_not_dump_file_contents() {
        let file = FileUpload::new("a.bin", vec![7u8; 1000]);
        let shown = format!("{file:?}");
        assert!(
            shown.contains("<1000 bytes>") && !shown.contains("7, 7"),
            "{shown}"
        );
    }
}
