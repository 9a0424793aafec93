//! Unit tests of `multipart.rs` (the runtime crate only; not copied into generated crates).

#![allow(unused_imports)]

use crate::client::{ApiRequest, Credential};
use crate::multipart::*;
use crate::Error;
use serde::Serialize;
use serde_json::Value;
use std::fmt;
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
        socket
            .write_all(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}",
            )
            .await
            .unwrap();
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
