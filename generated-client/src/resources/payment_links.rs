// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on payment links.
/// Operations on payment links; get one with [`Client::payment_links`](crate::Client::payment_links).
#[derive(Debug, Clone)]
pub struct PaymentLinksResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on payment links.
    pub fn payment_links(&self) -> PaymentLinksResource<'_> {
        PaymentLinksResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> PaymentLinksResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Retrieve a payment link's line items
    ///
    /// Returns the lines of a payment link, one page at a time.
    ///
    /// `GET /v1/payment_links/{id}/line_items`
    ///
    /// Sends the filters as a JSON body and as query parameters: each member of the body
    /// is a parameter too, nested values bracketed (`name=value&object[key]=value`, extra
    /// fields included), so a server or proxy that drops the body of a `GET` still gets them.
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the payment link.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::ListWebhooks {
    ///     limit: Some(10),
    ///     ..Default::default()
    /// };
    /// let _response = client.payment_links().list_line_items("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_line_items(
        &self,
        id: &str,
        body: &crate::types::ListWebhooks,
    ) -> crate::Call<'a, crate::types::PaymentLinkLineItems> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/payment_links/", &*id_segment, "/line_items"].concat(),
            );
            request
                .operation(
                    "payment_links.list_line_items",
                    "/v1/payment_links/{id}/line_items",
                );
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            request.body_also_as_query();
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentLinkLineItems>,
        )
    }
    /// Every item of [`Self::list_line_items`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID,
    /// in the body and in the query) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_line_items_all(
        &self,
        id: &str,
        body: &crate::types::ListWebhooks,
    ) -> crate::Pages<crate::types::PaymentLinkLineItem> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (id.to_owned(), body.to_owned()),
            |client, options, state| {
                let (id, body) = state;
                PaymentLinksResource {
                    client,
                    options: options.clone(),
                }
                    .list_line_items(id, body)
            },
            |page| (page.data, page.has_more.unwrap_or(false)),
            |state, last| {
                state.1.starting_after = Some(last.id.clone());
                Some(last.id.clone())
            },
        )
    }
    /// List all payment links
    ///
    /// Returns the payment links, one page at a time.
    ///
    /// `GET /v1/payment_links`
    ///
    /// Sends the filters as a JSON body and as query parameters: each member of the body
    /// is a parameter too, nested values bracketed (`name=value&object[key]=value`, extra
    /// fields included), so a server or proxy that drops the body of a `GET` still gets them.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::ListPaymentLinks {
    ///     limit: Some(10),
    ///     active: Some(true),
    ///     ..Default::default()
    /// };
    /// let _response = client.payment_links().list(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(
        &self,
        body: &crate::types::ListPaymentLinks,
    ) -> crate::Call<'a, crate::types::ListPaymentLinksResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/payment_links"),
            );
            request.operation("payment_links.list", "/v1/payment_links");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            request.body_also_as_query();
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::ListPaymentLinksResponse>,
        )
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID,
    /// in the body and in the query) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_all(
        &self,
        body: &crate::types::ListPaymentLinks,
    ) -> crate::Pages<crate::types::PaymentLink> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (body.to_owned(),),
            |client, options, state| {
                let (body,) = state;
                PaymentLinksResource {
                    client,
                    options: options.clone(),
                }
                    .list(body)
            },
            |page| (page.data, page.has_more.unwrap_or(false)),
            |state, last| {
                state.0.starting_after = Some(last.id.clone());
                Some(last.id.clone())
            },
        )
    }
    /// Retrieve payment link
    ///
    /// Returns one payment link by its ID.
    ///
    /// `GET /v1/payment_links/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the payment link.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.payment_links().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::PaymentLink> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/payment_links/", &*id_segment].concat(),
            );
            request.operation("payment_links.retrieve", "/v1/payment_links/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentLink>,
        )
    }
    /// Update a payment link
    ///
    /// Changes a payment link; fields left out keep their values.
    ///
    /// `POST /v1/payment_links/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the payment link.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::UpdatePaymentLink {
    ///     active: Some(false),
    ///     ..Default::default()
    /// };
    /// let _response = client.payment_links().update("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(
        &self,
        id: &str,
        body: &crate::types::UpdatePaymentLink,
    ) -> crate::Call<'a, crate::types::PaymentLink> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/payment_links/", &*id_segment].concat(),
            );
            request.operation("payment_links.update", "/v1/payment_links/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentLink>,
        )
    }
}
