// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on invoices.
/// Operations on invoices; get one with [`Client::invoices`](crate::Client::invoices).
#[derive(Debug, Clone)]
pub struct InvoicesResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on invoices.
    pub fn invoices(&self) -> InvoicesResource<'_> {
        InvoicesResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> InvoicesResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// List all invoices
    ///
    /// Returns the invoices, of all customers or of one, newest first, one page at a time.
    ///
    /// `GET /v1/invoices`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let params = wooshpay::ListInvoices::default();
    /// let _response = client.invoices().list(&params).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(
        &self,
        params: &crate::types::ListInvoices,
    ) -> crate::Call<'a, crate::types::ListInvoicesResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/invoices"),
            );
            request.operation("invoices.list", "/v1/invoices");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            if let Some(value) = &params.customer {
                request
                    .query("customer", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.subscription {
                request
                    .query(
                        "subscription",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.limit {
                request.query("limit", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.ending_before {
                request
                    .query(
                        "ending_before",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.starting_after {
                request
                    .query(
                        "starting_after",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::ListInvoicesResponse>,
        )
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_all(
        &self,
        params: &crate::types::ListInvoices,
    ) -> crate::Pages<crate::types::Invoice> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (params.to_owned(),),
            |client, options, state| {
                let (params,) = state;
                InvoicesResource {
                    client,
                    options: options.clone(),
                }
                    .list(params)
            },
            |page| (page.data, page.has_more.unwrap_or(false)),
            |state, last| {
                state.0.starting_after = Some(last.id.clone());
                Some(last.id.clone())
            },
        )
    }
}
