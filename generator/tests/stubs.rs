//! The typed test stubs every crate gets (`src/stubs.rs`, the `testing` feature): one stub per
//! operation typed by its body and response kind, a stub accessor that keeps clear of `Stub`'s
//! own methods, and a crate whose own test exercises each kind (form, text and no bodies;
//! JSON, bytes, empty and event-stream responses; raw calls routed by path) without a server.

#[path = "support/cargo.rs"]
mod cargo_support;

use std::path::Path;

use wooshpay_codegen::{Files, Options};

const FIXTURE: &str = include_str!("fixtures/stub_kinds.yaml");

fn render() -> Files {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("notes.yaml"), FIXTURE).expect("write spec");
    let (files, _) = wooshpay_codegen::render(dir.path(), &Options::default())
        .unwrap_or_else(|e| panic!("the fixture does not generate: {e}"));
    files
}

#[test]
fn each_operation_has_a_stub_typed_by_its_body_and_response() {
    let files = render();
    let stubs = &files["src/stubs.rs"];
    insta::assert_snapshot!("stub_kinds_stubs_rs", stubs);
    // Both credentials get a placeholder.
    assert!(
        stubs.contains(r#"crate::Client::builder("stub-credential", "stub-credential")"#),
        "{stubs}"
    );
    // `transport` is the stub's own method: the resource's stub accessor is renamed, its
    // client accessor is not.
    assert!(stubs.contains("pub fn transport_resource(&self) -> TransportStubs<'_>"));
    assert!(files["src/resources/transport.rs"].contains("pub fn transport(&self)"));
    let lib = &files["src/lib.rs"];
    assert!(
        lib.contains("#[cfg(feature = \"testing\")]\n#[rustfmt::skip]\nmod stubs;"),
        "{lib}"
    );
    assert!(files["Cargo.toml"].contains("testing = [\"client\", \"serialize\", \"deserialize\"]"));
}

/// A test of the generated crate's own, using each kind of stub as a user would.
const CRATE_TEST: &str = r####"
use notes::testing::{MockResponse, Stub};
use notes::{NewNote, Note};

fn note(id: &str) -> Note {
    Note { title: Some("Groceries".into()), ..Note::new(id) }
}

#[tokio::test]
async fn every_kind_of_body_and_response() {
    let stub = Stub::new();
    let client = stub.client();

    // A form body: recorded as sent, read back as pairs (not as the typed request).
    stub.notes().create_note().returns(note("n_1"));
    let created = client
        .notes()
        .create_note(&NewNote { pages: Some(3), ..NewNote::new("Groceries") })
        .await
        .unwrap();
    assert_eq!(created, note("n_1"));
    let sent = stub.notes().create_note().last_request().unwrap();
    assert_eq!(
        sent.form_pairs(),
        [("pages".to_owned(), "3".to_owned()), ("title".to_owned(), "Groceries".to_owned())]
    );
    let error = stub.notes().create_note().body_of(&sent).unwrap_err();
    assert!(error.to_string().contains("form-encoded"), "{error}");
    // Both placeholder credentials were sent (redacted in the record).
    assert_eq!(sent.header("x-api-key"), Some("<redacted>"));
    assert_eq!(sent.header("authorization"), Some("<redacted>"));

    // Bytes out, bytes back.
    stub.notes().download_note().returns(b"%PDF-1.7".to_vec());
    assert_eq!(client.notes().download_note("n_1").await.unwrap(), b"%PDF-1.7");

    // A text body, read back as the `String` sent; an empty answer.
    stub.notes().replace_text().returns(());
    client.notes().replace_text("n_1", "milk, eggs").await.unwrap();
    assert_eq!(stub.notes().replace_text().last_body(), "milk, eggs");
    stub.notes().delete_note().returns(());
    client.notes().delete_note("n_1").await.unwrap();
    stub.notes().delete_note().last_body(); // `()`: no body

    // An event stream: one event of the typed data.
    stub.notes().follow_note().returns(note("n_2"));
    let mut events = client.notes().follow_note("n_2").await.unwrap();
    let event = events.next().await.unwrap().unwrap();
    assert_eq!(event.data, note("n_2"));

    // Raw calls are routed by path, the most literal route first.
    stub.notes().retrieve_note().returns(note("by_id"));
    stub.notes().search_notes().returns(note("found"));
    let found = client.raw(reqwest::Method::GET, "/v1/notes/search").await.unwrap();
    assert_eq!(found["id"], "found");
    assert_eq!(stub.notes().search_notes().call_count(), 1);
    assert_eq!(stub.notes().retrieve_note().call_count(), 0);

    // The renamed accessor of the `transport` resource; `transport()` is the stub's transport.
    stub.transport_resource()
        .list_lines()
        .responds(MockResponse::json(200, r#"["u1","u2"]"#));
    assert_eq!(client.transport().list_lines().await.unwrap(), ["u1", "u2"]);
    assert_eq!(stub.transport().requests().len(), stub.requests().len());
}
"####;

#[test]
fn the_stubs_of_every_kind_work_in_the_generated_crate() {
    let files = render();
    let dir = tempfile::tempdir().expect("tempdir");
    let krate = cargo_support::scratch_workspace(dir.path(), "notes", &files);
    std::fs::create_dir_all(krate.join("tests")).expect("tests dir");
    std::fs::write(krate.join("tests/stubs.rs"), CRATE_TEST).expect("crate test");
    // The crate's test, then the stubs without any resource (nothing for them to stub): both
    // without warnings. The test calls `reqwest::Method` for a raw call, the crate's own
    // dependency.
    cargo(
        dir.path(),
        &["test", "--features", "testing", "--test", "stubs"],
    );
    cargo(
        dir.path(),
        &["check", "--no-default-features", "--features", "testing"],
    );
}

/// Runs cargo with `args` in `dir`; fails the test on an error or a warning.
fn cargo(dir: &Path, args: &[&str]) {
    let mut command = cargo_support::command(dir, args, &cargo_support::target_dir());
    let (success, messages) = cargo_support::run(&mut command);
    let run = args.join(" ");
    assert!(
        success,
        "`cargo {run}` fails in the generated crate:\n{messages}"
    );
    let warnings: Vec<&str> = messages
        .lines()
        .filter(|l| l.starts_with("warning") || l.contains(": warning"))
        .collect();
    assert!(warnings.is_empty(), "`cargo {run}` warns:\n{messages}");
}
