//! `cargo xtask fetch-specs`: downloads the Apifox Markdown exports of endpoint pages listed in
//! the settings' `[fetch]` section into `specs/<resource>/`, byte for byte, and records where each
//! file came from in `specs/sources.toml`.
//!
//! All or nothing: every page is downloaded and checked (HTTP 200, Markdown rather than HTML, a
//! fenced YAML or JSON block) before anything is written, so a 404, an HTML page or a page
//! without an OpenAPI block leaves the spec folder untouched.

use std::path::{Path, PathBuf};
use std::time::Duration;

use wooshpay_codegen::settings::FetchSettings;

/// The index of downloaded files, in the spec folder.
pub const INDEX_FILE: &str = "sources.toml";

/// Why fetching failed; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The settings list no pages.
    #[error("the settings list no pages to fetch: add [[fetch.pages]] entries (resource, page) to codegen.toml")]
    NoPages,
    /// A page is given as an id but the settings have no `base_url`.
    #[error("page `{0}` is not a URL and [fetch] has no base_url to resolve it against")]
    NoBaseUrl(String),
    /// A resource or file name would leave the spec folder or is not a plain name.
    #[error("`{0}` is not a plain folder or file name (letters, digits, `_`, `-`, `.`)")]
    BadName(String),
    /// Two pages would be written to the same file.
    #[error("{url} and {other} would both be written to specs/{file}")]
    SameFile {
        /// The file.
        file: String,
        /// The first page.
        url: String,
        /// The second page.
        other: String,
    },
    /// The request failed before a response (connection refused, DNS, TLS, timeout).
    #[error("{url}: request failed: {message}")]
    Request {
        /// The page.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// The server answered with another status than 200.
    #[error("{url}: HTTP {status} (expected 200 and the page's Markdown)")]
    Status {
        /// The page.
        url: String,
        /// The status code.
        status: u16,
    },
    /// The page is HTML (a docs site's rendered page, a login or error page), not the export.
    #[error("{url}: got an HTML page instead of Markdown (content type `{content_type}`); use the page's Markdown export URL")]
    Html {
        /// The page.
        url: String,
        /// The response's content type.
        content_type: String,
    },
    /// The page is not UTF-8 text.
    #[error("{url}: the page is not UTF-8 text")]
    NotText {
        /// The page.
        url: String,
    },
    /// The page has no fenced OpenAPI block.
    #[error("{url}: the page has no ```yaml (or ```json) block holding an OpenAPI document")]
    NoSpecBlock {
        /// The page.
        url: String,
    },
    /// Writing into the spec folder failed.
    #[error("{path}: {action}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// What was being done.
        action: &'static str,
        /// The error.
        source: std::io::Error,
    },
}

/// One downloaded page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// Path below the spec folder (`disputes/close_dispute.md`).
    pub file: String,
    /// Where it came from.
    pub url: String,
    /// The page, byte for byte.
    pub bytes: Vec<u8>,
}

/// The URL of a page entry: itself when it is a URL, else appended to `base_url`.
pub fn page_url(settings: &FetchSettings, page: &str) -> Result<String, FetchError> {
    if page.starts_with("http://") || page.starts_with("https://") {
        return Ok(page.to_owned());
    }
    let base = settings
        .base_url
        .as_deref()
        .ok_or_else(|| FetchError::NoBaseUrl(page.to_owned()))?;
    Ok(format!(
        "{}/{}",
        base.trim_end_matches('/'),
        page.trim_start_matches('/')
    ))
}

fn plain_name(name: &str) -> Result<&str, FetchError> {
    let ok = !name.is_empty()
        && name != "."
        && name != ".."
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if ok {
        Ok(name)
    } else {
        Err(FetchError::BadName(name.to_owned()))
    }
}

/// The file name for a page: the given one, else the URL's last segment (`.md` added when it
/// has no extension).
fn file_name(url: &str, given: Option<&str>) -> Result<String, FetchError> {
    if let Some(given) = given {
        return plain_name(given).map(str::to_owned);
    }
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let last = path.rsplit('/').next().unwrap_or("");
    let name = if last.contains('.') {
        last.to_owned()
    } else {
        format!("{last}.md")
    };
    plain_name(&name).map(str::to_owned)
}

/// Whether the Markdown has a fenced block an Apifox export puts its OpenAPI document in.
fn has_spec_block(text: &str) -> bool {
    text.lines().any(|l| {
        let fence = l.trim_start();
        let info = fence
            .strip_prefix("```")
            .or_else(|| fence.strip_prefix("~~~"))
            .map(|rest| rest.trim().to_ascii_lowercase());
        matches!(info.as_deref(), Some("yaml" | "yml" | "json"))
    })
}

fn looks_like_html(content_type: &str, text: &str) -> bool {
    let start = text.trim_start().get(..64).unwrap_or(text.trim_start());
    let start = start.to_ascii_lowercase();
    content_type.to_ascii_lowercase().contains("html")
        || start.starts_with("<!doctype html")
        || start.starts_with("<html")
}

/// Downloads and checks one page.
fn download(agent: &ureq::Agent, url: &str) -> Result<Vec<u8>, FetchError> {
    let response = match agent.get(url).call() {
        Ok(r) => r,
        Err(ureq::Error::Status(status, _)) => {
            return Err(FetchError::Status {
                url: url.to_owned(),
                status,
            })
        }
        Err(e) => {
            return Err(FetchError::Request {
                url: url.to_owned(),
                message: e.to_string(),
            })
        }
    };
    if response.status() != 200 {
        return Err(FetchError::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let content_type = response.header("content-type").unwrap_or("").to_owned();
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(response.into_reader(), 64 * 1024 * 1024),
        &mut bytes,
    )
    .map_err(|e| FetchError::Request {
        url: url.to_owned(),
        message: e.to_string(),
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|_| FetchError::NotText {
        url: url.to_owned(),
    })?;
    if looks_like_html(&content_type, text) {
        return Err(FetchError::Html {
            url: url.to_owned(),
            content_type,
        });
    }
    if !has_spec_block(text) {
        return Err(FetchError::NoSpecBlock {
            url: url.to_owned(),
        });
    }
    Ok(bytes)
}

/// Downloads one page (an Apifox Markdown export) and checks it as [`download_all`] checks
/// each page; nothing is written.
pub fn download_page(url: &str) -> Result<Vec<u8>, FetchError> {
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(10))
        .timeout(Duration::from_secs(60))
        .redirects(5)
        .build();
    download(&agent, url)
}

/// Downloads every page the settings list and checks each one; nothing is written.
pub fn download_all(settings: &FetchSettings) -> Result<Vec<Fetched>, FetchError> {
    if settings.pages.is_empty() {
        return Err(FetchError::NoPages);
    }
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(10))
        .timeout(Duration::from_secs(60))
        .redirects(5)
        .build();
    let mut out: Vec<Fetched> = Vec::new();
    for page in &settings.pages {
        let url = page_url(settings, &page.page)?;
        let file = format!(
            "{}/{}",
            plain_name(&page.resource)?,
            file_name(&url, page.file.as_deref())?
        );
        if let Some(other) = out.iter().find(|f| f.file == file) {
            return Err(FetchError::SameFile {
                file,
                url,
                other: other.url.clone(),
            });
        }
        let bytes = download(&agent, &url)?;
        out.push(Fetched { file, url, bytes });
    }
    Ok(out)
}

/// The text of `sources.toml` for the fetched files.
pub fn index_text(fetched: &[Fetched]) -> String {
    let mut out = String::from(
        "# Written by `cargo xtask fetch-specs`: where each downloaded spec page came from.\n",
    );
    for f in fetched {
        out.push_str(&format!(
            "\n[[page]]\nfile = {:?}\nurl = {:?}\n",
            f.file, f.url
        ));
    }
    out
}

/// Writes the fetched pages and the index into `specs`: each file through a temporary sibling
/// renamed into place.
pub fn write_all(specs: &Path, fetched: &[Fetched]) -> Result<(), FetchError> {
    let io = |path: &Path, action: &'static str| {
        let path = path.to_owned();
        move |source| FetchError::Io {
            path,
            action,
            source,
        }
    };
    let mut files: Vec<(PathBuf, Vec<u8>)> = fetched
        .iter()
        .map(|f| (specs.join(&f.file), f.bytes.clone()))
        .collect();
    files.push((specs.join(INDEX_FILE), index_text(fetched).into_bytes()));
    // Stage everything first, then rename: a failure while staging leaves the folder as it was.
    let mut staged = Vec::new();
    let result = (|| {
        for (path, bytes) in &files {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(io(dir, "cannot create"))?;
            }
            let temp = path.with_extension(format!("fetch-{}.tmp", std::process::id()));
            std::fs::write(&temp, bytes).map_err(io(&temp, "cannot write"))?;
            staged.push((temp, path.clone()));
        }
        Ok(())
    })();
    if let Err(e) = result {
        for (temp, _) in &staged {
            let _ = std::fs::remove_file(temp);
        }
        return Err(e);
    }
    for (temp, path) in &staged {
        std::fs::rename(temp, path).map_err(io(path, "cannot move into place"))?;
    }
    Ok(())
}

/// Downloads every page and, when all are good, writes them into `specs`.
pub fn fetch_specs(settings: &FetchSettings, specs: &Path) -> Result<Vec<Fetched>, FetchError> {
    let fetched = download_all(settings)?;
    write_all(specs, &fetched)?;
    Ok(fetched)
}
