//! An overlay turns an API key that a spec passes as a query parameter of every operation (and
//! no `securitySchemes`) into the client's credential: the fixture `fixtures/query_api_key/` (a
//! spec, its overlay, the settings listing it) generates a crate whose `Client::builder` takes
//! the key, whose methods and parameter structs have no `api_key`, and which compiles and sends
//! the key in the query string of every call to a server on 127.0.0.1, without it showing in
//! `Debug`.

#[path = "support/cargo.rs"]
mod cargo_support;

use std::path::{Path, PathBuf};

use wooshpay_codegen::{Files, Options};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/query_api_key")
}

fn render(dir: &Path) -> Files {
    let (files, report) = wooshpay_codegen::render(dir, &Options::default())
        .unwrap_or_else(|e| panic!("the fixture does not generate: {e}"));
    assert_eq!(report.operations, 3, "{report}");
    files
}

fn resources(files: &Files) -> String {
    files
        .iter()
        .filter(|(name, _)| name.starts_with("src/resources"))
        .map(|(_, text)| text.as_str())
        .collect()
}

#[test]
fn without_the_overlay_every_method_takes_the_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(
        fixture().join("weather.yaml"),
        dir.path().join("weather.yaml"),
    )
    .expect("copy the spec");
    let files = render(dir.path());
    let resources = resources(&files);
    assert_eq!(
        resources.matches(".query(\"api_key\"").count(),
        3,
        "sent by each operation:\n{resources}"
    );
    let types = &files["src/types.rs"];
    assert_eq!(
        types.matches("pub api_key: String,").count(),
        3,
        "a field of each operation's parameters:\n{types}"
    );
    // And the client has no credential.
    assert!(
        files["src/lib.rs"].contains("pub fn builder() -> ClientBuilder"),
        "{}",
        files["src/lib.rs"]
    );
}

#[test]
fn with_the_overlay_the_builder_takes_the_key_and_no_method_does() {
    let files = render(&fixture());
    let resources = resources(&files);
    assert!(!resources.contains("api_key"), "{resources}");
    let types = &files["src/types.rs"];
    assert!(!types.contains("api_key"), "{types}");
    // The one parameter of report_reading was the key: it has no parameters left.
    assert!(!types.contains("pub struct ReportReading"), "{types}");
    let lib = &files["src/lib.rs"];
    assert!(
        lib.contains("pub fn builder(api_key: impl Into<String>) -> ClientBuilder"),
        "{lib}"
    );
    assert!(
        lib.contains("[crate::client::Credential::query(\"api_key\", api_key)]"),
        "the key goes in the query as `api_key`:\n{lib}"
    );
}

/// The crate's own test: a server on 127.0.0.1 records each request's query.
const CRATE_TEST: &str = r####"
use std::sync::{Arc, Mutex};

use axum::extract::{Request, State};
use axum::routing::any;
use axum::Router;
use weather::{Client, CurrentWeather, ForecastStation, Reading};

const KEY: &str = "secret-key-1234";

async fn serve() -> (String, Arc<Mutex<Vec<String>>>) {
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let app = Router::new()
        .fallback(any(
            |State(seen): State<Arc<Mutex<Vec<String>>>>, request: Request| async move {
                let uri = request.uri();
                let line = format!("{} {}", request.method(), uri.path_and_query().map(|p| p.as_str()).unwrap_or(""));
                seen.lock().unwrap().push(line);
                ([("content-type", "application/json")], r#"{"celsius": 21.5, "station": "s1"}"#)
            },
        ))
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{address}"), seen)
}

#[tokio::test]
async fn the_key_goes_out_in_the_query_of_every_call() {
    let (base, seen) = serve().await;
    let client = Client::builder(KEY).base_url(base).build().unwrap();

    let reading = client.weather().current(&CurrentWeather::new("Lisbon")).await.unwrap();
    assert_eq!(reading.station.as_deref(), Some("s1"));
    let days = ForecastStation { days: Some(3) };
    client.weather().forecast_station("s1", &days).await.unwrap();
    let body = Reading { celsius: Some(19.0), station: Some("s1".into()) };
    client.weather().report_reading("s1", &body).await.unwrap();

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert!(seen[0].starts_with("GET /current?"), "{seen:?}");
    assert!(seen[0].contains("city=Lisbon"), "{seen:?}");
    assert!(seen[1].starts_with("GET /stations/s1/forecast?"), "{seen:?}");
    assert!(seen[1].contains("days=3"), "{seen:?}");
    assert!(seen[2].starts_with("POST /stations/s1/forecast?"), "{seen:?}");
    for line in &seen {
        assert_eq!(line.matches("api_key=secret-key-1234").count(), 1, "once per call: {seen:?}");
    }
    let shown = format!("{client:?}");
    assert!(!shown.contains(KEY), "{shown}");
}
"####;

#[test]
fn the_crate_compiles_and_sends_the_key_in_the_query_of_every_call() {
    let files = render(&fixture());
    let dir = tempfile::tempdir().expect("tempdir");
    let krate = cargo_support::scratch_workspace(dir.path(), "weather", &files);
    std::fs::create_dir_all(krate.join("tests")).expect("tests dir");
    std::fs::write(krate.join("tests/query_key.rs"), CRATE_TEST).expect("crate test");
    let mut command = cargo_support::command(
        dir.path(),
        &["test", "--test", "query_key"],
        &cargo_support::target_dir(),
    );
    let (success, messages) = cargo_support::run(&mut command);
    assert!(success, "the generated crate's test fails:\n{messages}");
    let warnings: Vec<&str> = messages
        .lines()
        .filter(|l| l.starts_with("warning") || l.contains(": warning"))
        .collect();
    assert!(warnings.is_empty(), "the build warns:\n{messages}");
}
