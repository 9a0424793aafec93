//! Unit tests of `pagination.rs` (the runtime crate only; not copied into generated crates).

#![allow(unused_imports)]

use crate::client::{Call, Client, RequestOptions};
use crate::pagination::*;
use crate::Error;
use futures_util::stream::{self, Stream};
use futures_util::StreamExt;
use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// An item: its ID and its cursor.
type Item = (u32, Option<&'static str>);

/// Pages keyed by cursor (`None` = the first): items and `has_more`.
fn walk(
    pages: Vec<(Option<&'static str>, Vec<Item>, bool)>,
) -> impl Stream<Item = Result<u32, Error>> {
    paginate(
        None::<&'static str>,
        move |cursor| {
            let page = pages
                .iter()
                .find(|(c, _, _)| *c == cursor)
                .map(|(_, items, more)| (items.clone(), *more))
                .unwrap_or_default();
            async move { Ok(page) }
        },
        |state: &mut Option<&'static str>, last: &Item| {
            *state = last.1;
            last.1.map(str::to_owned)
        },
    )
    .map(|item| item.map(|(id, _)| id))
}

#[tokio::test]
async fn pages_that_cycle_end_with_an_error() {
    let items: Vec<_> = walk(vec![
        (None, vec![(1, Some("a")), (2, Some("b"))], true),
        (Some("b"), vec![(3, Some("c")), (4, Some("d"))], true),
        (Some("d"), vec![(1, Some("a")), (2, Some("b"))], true),
    ])
    .collect()
    .await;
    let ids: Vec<_> = items.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(ids, [&1, &2, &3, &4], "the repeated page is not yielded");
    assert!(matches!(items.last(), Some(Err(Error::Pagination(_)))));
}

#[tokio::test]
async fn more_without_a_cursor_is_an_error_after_the_page() {
    let items: Vec<_> = walk(vec![(None, vec![(1, Some("a")), (2, None)], true)])
        .collect()
        .await;
    assert_eq!(items.len(), 3);
    assert!(matches!(items[2], Err(Error::Pagination(_))));
    let done: Vec<_> = walk(vec![(None, vec![(1, Some("a")), (2, None)], false)])
        .collect()
        .await;
    assert_eq!(done.len(), 2, "no cursor is needed on the last page");
}
