namespace Fulfilment.EndToEnd.Journeys;

/// <summary>
/// The browser tests' one helper family (every test class uses these, with one timeout, <see cref="Patience"/>).
/// What a journey does again and again: sign in through the login page, wait for the next page (saying where the
/// browser is when it does not come), take a whole-page picture, catch a downloaded file.
/// </summary>
public static class Journey
{
    /// <summary>
    /// How long any step waits (action, navigation, expectation, download): the one timeout of the browser tests,
    /// applied to every context by <see cref="Browser.NewContextAsync"/>. Generous on purpose: CI machines are small
    /// and shared, and the first request of a page (JIT, EF query compilation) can take long under load; 15 s
    /// navigation timeouts flaked there. A test that passes waits no longer for it.
    /// </summary>
    public const float Patience = 60_000;

    /// <summary>A fresh browser (its own cookies and language) signed in through the login page as a person does it.</summary>
    public static async Task<IPage> SignInAsync(Browser browser, LiveApp app, string email, string locale = "en-US", string? loginShot = null)
    {
        var context = await browser.NewContextAsync(app.BaseUrl, locale);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await ArriveAsync(page, "/Login");
        var chinese = locale.StartsWith("zh", StringComparison.Ordinal);
        if (loginShot is not null)
        {
            await ShotAsync(page, loginShot);
        }

        await page.GetByLabel(chinese ? "邮箱" : "Email").FillAsync(email);
        await page.GetByLabel(chinese ? "密码" : "Password").FillAsync(DemoSeeder.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await ArriveAsync(page, "/Login", away: true);
        return page;
    }

    /// <summary>Waits until the logistics order form has its amounts from the server (no preview in flight).</summary>
    public static Task SettledAsync(IPage page) =>
        Assertions.Expect(page.Locator("#create-form[data-previewing]")).ToHaveCountAsync(0, new() { Timeout = Patience });

    /// <summary>Waits until the browser is at a URL containing <paramref name="path"/>; otherwise fails with what the page says.</summary>
    public static async Task ArriveAsync(IPage page, string path, bool away = false)
    {
        try
        {
            await page.WaitForURLAsync(url => url.Contains(path, StringComparison.OrdinalIgnoreCase) != away, new() { Timeout = Patience });
        }
        catch (TimeoutException)
        {
            // What a person would read first: the messages on the page, then the page's text.
            var text = string.Join(" | ", await MessagesAsync(page)) + " || " + await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 });
            Assert.Fail($"Expected {(away ? "to leave " : "")}{path}, still at {page.Url}: {text[..Math.Min(text.Length, 1500)]}");
        }
    }

    /// <summary>
    /// The messages the page shows: field errors, error summaries, alerts and toasts, in page order; hidden ones (an
    /// empty error summary waiting for a failed submit, a toast that has faded) are not shown, so not read.
    /// </summary>
    public static Task<string[]> MessagesAsync(IPage page) => page.EvaluateAsync<string[]>(
        "() => [...document.querySelectorAll('.field-validation-error, .validation-summary-errors, .alert, .toast')].filter(e => e.checkVisibility()).map(e => e.innerText.trim()).filter(t => t)");

    /// <summary>
    /// The whole page at once: the viewport grows to the page's height first, so sticky parts (sidebar, summaries) sit
    /// where a reader expects them, and the size is restored afterwards.
    /// </summary>
    public static async Task ShotAsync(IPage page, string name, bool readme = true)
    {
        var size = page.ViewportSize ?? new PageViewportSizeResult { Width = 1440, Height = 900 };
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete)");
        var height = await page.EvaluateAsync<int>("() => Math.ceil(document.documentElement.scrollHeight)");
        await page.SetViewportSizeAsync(size.Width, Math.Max(size.Height, height));
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");

        // A toast says "done" for a few seconds; in a picture of the page it would only hide the top bar.
        foreach (var close in await page.Locator(".toast.show .btn-close").AllAsync())
        {
            await close.ClickAsync();
        }

        await Assertions.Expect(page.Locator(".toast.show")).ToHaveCountAsync(0);
        if (readme)
        {
            await Screenshots.SaveForReadmeAsync(page, name);
        }
        else
        {
            await Screenshots.SaveAsync(page, name);
        }

        await page.SetViewportSizeAsync(size.Width, size.Height);
    }

    /// <summary>Clicks what starts a download and returns the downloaded file's bytes.</summary>
    public static async Task<(byte[] Bytes, string FileName)> DownloadAsync(IPage page, Func<Task> click)
    {
        var download = await page.RunAndWaitForDownloadAsync(click, new() { Timeout = Patience });
        var path = Path.Combine(Path.GetTempPath(), $"fulfilment-download-{Guid.NewGuid():N}");
        await download.SaveAsAsync(path);
        try
        {
            return (await File.ReadAllBytesAsync(path), download.SuggestedFilename);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Clicks a link that opens a file in a new tab (a label PDF, for the browser's viewer to print) and returns the
    /// file as the server sent it to the browser (caught on its way: the viewer keeps its own copy), closing the tab.
    /// </summary>
    public static async Task<(byte[] Bytes, string ContentType)> OpenedFileAsync(IPage page, Func<Task> click, string urlGlob)
    {
        var received = new TaskCompletionSource<(byte[], string)>(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task Pass(IRoute route)
        {
            var response = await route.FetchAsync();
            received.TrySetResult((await response.BodyAsync(), response.Headers.TryGetValue("content-type", out var type) ? type : ""));
            await route.FulfillAsync(new() { Response = response });
        }

        await page.Context.RouteAsync(urlGlob, Pass);
        try
        {
            var popup = await page.RunAndWaitForPopupAsync(click, new() { Timeout = Patience });
            var file = await received.Task.WaitAsync(TimeSpan.FromMilliseconds(Patience), TestContext.Current.CancellationToken);
            await popup.CloseAsync();
            return file;
        }
        finally
        {
            await page.Context.UnrouteAsync(urlGlob, Pass);
        }
    }

    /// <summary>True when the bytes are a PDF (its header) and says how many pages it has (counted by poppler's pdfinfo).</summary>
    public static int PdfPages(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && Encoding.ASCII.GetString(pdf, 0, 5) == "%PDF-", $"The file is not a PDF: {pdf.Length} bytes, {Encoding.ASCII.GetString(pdf, 0, Math.Min(pdf.Length, 80))}");
        return Fulfilment.Testing.PdfTools.PageCount(pdf);
    }

    /// <summary>
    /// The message of a field's validation error, checked to sit right under (or beside) the field it is about: the
    /// error is what a person reads next to the field, not somewhere else on the page.
    /// </summary>
    public static async Task<string> FieldErrorAsync(IPage page, ILocator field, string fieldName, ILocator? nextTo = null)
    {
        var error = page.Locator($"[data-valmsg-for='{fieldName}']");
        await Assertions.Expect(error).Not.ToBeEmptyAsync();
        await Assertions.Expect(field).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-invalid\b"));
        var fieldBox = await (nextTo ?? field).BoundingBoxAsync() ?? throw new InvalidOperationException($"{fieldName} is not on screen.");
        var errorBox = await error.BoundingBoxAsync() ?? throw new InvalidOperationException($"The error of {fieldName} is not on screen.");
        var gap = errorBox.Y - (fieldBox.Y + fieldBox.Height);
        Assert.True(gap is >= -2 and <= 40, $"The error of {fieldName} is {gap:0} px below the field.");
        Assert.True(Math.Abs(errorBox.X - fieldBox.X) <= 60, $"The error of {fieldName} is not aligned with the field ({errorBox.X:0} vs {fieldBox.X:0}).");
        return (await error.InnerTextAsync()).Trim();
    }
}
