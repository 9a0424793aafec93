//! `cargo xtask fetch-specs` against a real HTTP server on 127.0.0.1 serving Apifox Markdown
//! pages: files land byte for byte with an index of their URLs; a 404, an HTML page or a page
//! without a YAML block is a clear error and leaves the spec folder untouched.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;

use xtask::fetch::{fetch_specs, FetchError};

/// The Apifox export of "Close a dispute", as WooshPay's docs serve it.
const PAGE: &str = include_str!("../../generator/tests/fixtures/close_dispute_apifox_page.md");

/// Serves fixed routes over HTTP/1.1 on 127.0.0.1 until the test ends; the base URL.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            loop {
                let mut header = String::new();
                match reader.read_line(&mut header) {
                    Ok(0) | Err(_) => break,
                    Ok(_) if header == "\r\n" => break,
                    Ok(_) => {}
                }
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .to_owned();
            let (status, content_type, body): (&str, &str, Vec<u8>) = match path.as_str() {
                "/docs/346e0.md" => (
                    "200 OK",
                    "text/markdown; charset=utf-8",
                    PAGE.as_bytes().to_vec(),
                ),
                "/docs/347e0.md" => (
                    "200 OK",
                    "text/plain",
                    PAGE.replace("Close a dispute", "Close a dispute again")
                        .into_bytes(),
                ),
                "/docs/page.md" => (
                    "200 OK",
                    "text/html; charset=utf-8",
                    b"<!DOCTYPE html><html><body>Close a dispute</body></html>".to_vec(),
                ),
                "/docs/noblock.md" => (
                    "200 OK",
                    "text/markdown",
                    b"# Close a dispute\n\nNo specification here.\n".to_vec(),
                ),
                _ => ("404 Not Found", "text/plain", b"not found".to_vec()),
            };
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    format!("http://{addr}/docs/")
}

fn settings(base: &str, pages: &[(&str, &str)]) -> wooshpay_codegen::settings::FetchSettings {
    let mut text = format!("[fetch]\nbase_url = {base:?}\n");
    for (resource, page) in pages {
        text.push_str(&format!(
            "[[fetch.pages]]\nresource = {resource:?}\npage = {page:?}\n"
        ));
    }
    wooshpay_codegen::Settings::parse(&text, "codegen.toml")
        .expect("settings")
        .values
        .fetch
        .expect("[fetch]")
}

/// Every file under `dir`, relative path → bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("list") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .expect("below")
                    .to_string_lossy()
                    .into_owned();
                out.push((rel, std::fs::read(&path).expect("read")));
            }
        }
    }
    out.sort();
    out
}

fn specs_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("disputes")).expect("mkdir");
    std::fs::write(dir.path().join("disputes/old.yaml"), "openapi: 3.0.1\n").expect("write");
    dir
}

#[test]
fn pages_are_written_byte_for_byte_with_their_sources() {
    let base = serve();
    let dir = specs_dir();
    let absolute = format!("{base}347e0.md");
    let fetched = fetch_specs(
        &settings(&base, &[("disputes", "346e0.md"), ("disputes", &absolute)]),
        dir.path(),
    )
    .expect("fetched");
    assert_eq!(fetched.len(), 2);
    assert_eq!(
        std::fs::read(dir.path().join("disputes/346e0.md")).expect("written"),
        PAGE.as_bytes()
    );
    assert!(
        std::fs::read_to_string(dir.path().join("disputes/347e0.md"))
            .expect("written")
            .contains("Close a dispute again")
    );
    let index = std::fs::read_to_string(dir.path().join("sources.toml")).expect("index");
    assert_eq!(
        index,
        format!(
            "# Written by `cargo xtask fetch-specs`: where each downloaded spec page came from.\n\n[[page]]\nfile = \"disputes/346e0.md\"\nurl = \"{base}346e0.md\"\n\n[[page]]\nfile = \"disputes/347e0.md\"\nurl = \"{base}347e0.md\"\n"
        )
    );
    // The downloaded page is a spec the generator reads.
    let (files, _) = wooshpay_codegen::render(
        &dir.path().join("disputes/346e0.md"),
        &wooshpay_codegen::Options::default(),
    )
    .expect("generates");
    assert!(
        files["README.md"].contains("`POST /v1/disputes/{id}/close`"),
        "{}",
        files["README.md"]
    );
    // No temporary files are left.
    assert!(!snapshot(dir.path())
        .iter()
        .any(|(p, _)| p.ends_with(".tmp")));
}

fn assert_untouched(pages: &[(&str, &str)], expect: impl Fn(&FetchError) -> bool) -> String {
    let base = serve();
    let dir = specs_dir();
    let before = snapshot(dir.path());
    let err = fetch_specs(&settings(&base, pages), dir.path()).expect_err("must fail");
    assert!(expect(&err), "unexpected error: {err:?}");
    assert_eq!(snapshot(dir.path()), before, "specs/ was changed");
    err.to_string()
}

#[test]
fn a_404_fails_and_writes_nothing() {
    let message = assert_untouched(&[("disputes", "346e0.md"), ("disputes", "999e0.md")], |e| {
        matches!(e, FetchError::Status { status: 404, .. })
    });
    assert!(
        message.ends_with("999e0.md: HTTP 404 (expected 200 and the page's Markdown)"),
        "{message}"
    );
}

#[test]
fn an_html_page_fails_and_writes_nothing() {
    let message = assert_untouched(&[("disputes", "346e0.md"), ("disputes", "page.md")], |e| {
        matches!(e, FetchError::Html { .. })
    });
    assert!(
        message.contains("got an HTML page instead of Markdown"),
        "{message}"
    );
}

#[test]
fn a_page_without_a_yaml_block_fails_and_writes_nothing() {
    let message = assert_untouched(
        &[("disputes", "346e0.md"), ("disputes", "noblock.md")],
        |e| matches!(e, FetchError::NoSpecBlock { .. }),
    );
    assert!(message.contains("has no ```yaml"), "{message}");
}

#[test]
fn bad_entries_fail_before_any_request() {
    assert_untouched(&[("../escape", "346e0.md")], |e| {
        matches!(e, FetchError::BadName(_))
    });
    assert_untouched(&[("disputes", "346e0.md"), ("disputes", "346e0.md")], |e| {
        matches!(e, FetchError::SameFile { .. })
    });
    assert_untouched(&[], |e| matches!(e, FetchError::NoPages));
    let no_base = wooshpay_codegen::Settings::parse(
        "[[fetch.pages]]\nresource = \"disputes\"\npage = \"346e0.md\"\n",
        "codegen.toml",
    )
    .expect("settings")
    .values
    .fetch
    .expect("[fetch]");
    let dir = specs_dir();
    let err = fetch_specs(&no_base, dir.path()).expect_err("no base");
    assert!(matches!(err, FetchError::NoBaseUrl(_)), "{err:?}");
}

#[test]
fn a_refused_connection_is_a_request_error() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}/", listener.local_addr().expect("addr"));
    drop(listener);
    let dir = specs_dir();
    let before = snapshot(dir.path());
    let err =
        fetch_specs(&settings(&base, &[("disputes", "1.md")]), dir.path()).expect_err("refused");
    assert!(matches!(err, FetchError::Request { .. }), "{err:?}");
    assert_eq!(snapshot(dir.path()), before);
}
