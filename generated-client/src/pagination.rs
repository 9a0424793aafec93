// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Walking list endpoints page by page, lazily.

use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::stream::{self, Stream, StreamExt};

use crate::client::{Call, Client, RequestOptions};
use crate::Error;

/// Every item of a paginated list, page after page: the stream a `*_all` operation returns.
///
/// Pages are requested lazily, one when the items before it are used up; the stream is
/// `Send`, `Unpin` and `'static` (it owns a handle to the client), so it can be stored or moved
/// to a task. It ends with [`Error::Pagination`] rather than looping when the server's cursors
/// cycle.
///
/// Read it without any other crate: [`Pages::next`] item by item, [`Pages::try_collect`] for
/// all of them (the first error ends the walk). It is a `futures` `Stream` too, for the
/// combinators of `StreamExt` and `TryStreamExt`.
///
/// ```ignore
/// let mut disputes = client.disputes().list_all(&Default::default());
/// while let Some(dispute) = disputes.next().await {
///     println!("{:?}", dispute?.id);
/// }
/// let all: Vec<_> = client.disputes().list_all(&Default::default()).try_collect().await?;
/// ```
#[must_use = "a stream does nothing until it is polled"]
pub struct Pages<T> {
    items: Pin<Box<dyn Stream<Item = Result<T, Error>> + Send>>,
}

impl<T> fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages").finish_non_exhaustive()
    }
}

impl<T> Stream for Pages<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.items.as_mut().poll_next(cx)
    }
}

impl<T> Pages<T> {
    /// The next item, `None` after the last one (and after an error): `while let Some(item) =
    /// pages.next().await`. Requests the next page when the items before it are used up.
    pub async fn next(&mut self) -> Option<Result<T, Error>> {
        std::future::poll_fn(|cx| self.items.as_mut().poll_next(cx)).await
    }

    /// Every item, page after page, into a `Vec` (or any collection that can be extended);
    /// the first error ends the walk and is returned.
    pub async fn try_collect<C: Default + Extend<T>>(mut self) -> Result<C, Error> {
        let mut items = C::default();
        while let Some(item) = self.next().await {
            items.extend(Some(item?));
        }
        Ok(items)
    }
}

/// Makes the call for one page from the walk's state (the operation's arguments).
pub(crate) type FetchPage<S, P> = for<'c> fn(&'c Client, &RequestOptions, &S) -> Call<'c, P>;

#[allow(dead_code)] // Unused in crates whose API has no paginated list.
impl<T: Send + 'static> Pages<T> {
    /// Walks a list operation: `fetch` makes the call for a state, `split` takes a page apart
    /// into its items and whether more follow, `advance` points the state after the last item
    /// seen (see [`paginate`]). Plain functions, not closures: every list operation shares
    /// this one walk instead of compiling a future of its own.
    pub(crate) fn new<S, P>(
        client: Client,
        options: RequestOptions,
        state: S,
        fetch: FetchPage<S, P>,
        split: fn(P) -> (Vec<T>, bool),
        advance: fn(&mut S, &T) -> Option<String>,
    ) -> Self
    where
        S: Clone + Send + Sync + 'static,
        P: Send + 'static,
    {
        let fetch_page = move |state: S| {
            let client = client.clone();
            let options = options.clone();
            async move {
                let page = fetch(&client, &options, &state).await?;
                Ok(split(page))
            }
        };
        // Fused: polled again after its end (or its error), the walk stays ended.
        Pages {
            items: Box::pin(paginate(state, fetch_page, advance).fuse()),
        }
    }
}

#[allow(dead_code)] // Unused in crates whose API has no paginated list.
struct Walk<S, T, F> {
    state: S,
    fetch: F,
    buffered: VecDeque<T>,
    more: bool,
    /// Every cursor followed so far: one seen again means the pages cycle.
    seen: HashSet<String>,
    /// An error to yield once the items before it are used up.
    pending: Option<Error>,
    failed: bool,
}

/// Streams every item of a paginated list: `fetch` gets one page (items, `has_more`) for a
/// request state; `advance` points the state after the last item seen and returns that
/// cursor (`None` when the item has none). Pages are requested only as the stream is consumed.
///
/// The walk never passes off a wrong list as complete: a cursor already followed (pages that
/// cycle, or a server repeating its last page) ends it with [`Error::Pagination`] instead of
/// looping or repeating items, and so does `has_more` with a last item that has no cursor
/// (after that page's items).
#[allow(dead_code)]
pub(crate) fn paginate<S, T, F, Fut, A>(
    state: S,
    fetch: F,
    advance: A,
) -> impl Stream<Item = Result<T, Error>> + Send + 'static
where
    S: Clone + Send + 'static,
    T: Send + 'static,
    F: FnMut(S) -> Fut + Send + 'static,
    Fut: Future<Output = Result<(Vec<T>, bool), Error>> + Send + 'static,
    A: Fn(&mut S, &T) -> Option<String> + Send + 'static,
{
    let walk = Walk {
        state,
        fetch,
        buffered: VecDeque::new(),
        more: true,
        seen: HashSet::new(),
        pending: None,
        failed: false,
    };
    stream::unfold((walk, advance), |(mut walk, advance)| async move {
        loop {
            if walk.failed {
                return None;
            }
            if let Some(item) = walk.buffered.pop_front() {
                return Some((Ok(item), (walk, advance)));
            }
            if let Some(error) = walk.pending.take() {
                walk.failed = true;
                return Some((Err(error), (walk, advance)));
            }
            if !walk.more {
                return None;
            }
            match (walk.fetch)(walk.state.clone()).await {
                Ok((items, has_more)) => {
                    walk.more = has_more && !items.is_empty();
                    if let (Some(last), true) = (items.last(), walk.more) {
                        match advance(&mut walk.state, last) {
                            None => {
                                walk.more = false;
                                walk.pending = Some(Error::Pagination(
                                    "the server says there are more items, but the last item of the page has no cursor to continue from".into(),
                                ));
                            }
                            Some(cursor) if !walk.seen.insert(cursor.clone()) => {
                                // The page's items were all seen already: do not repeat them.
                                walk.failed = true;
                                let message = format!(
                                    "the pages cycle: the list returned cursor `{cursor}` again"
                                );
                                return Some((Err(Error::Pagination(message)), (walk, advance)));
                            }
                            Some(_) => {}
                        }
                    }
                    walk.buffered.extend(items);
                }
                Err(e) => {
                    walk.failed = true;
                    return Some((Err(e), (walk, advance)));
                }
            }
        }
    })
}
