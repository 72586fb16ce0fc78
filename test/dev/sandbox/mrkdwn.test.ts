import { describe, expect, it } from "vitest";
import { directoryOf } from "../../../src/dev/sandbox/render/directory.ts";
import { mrkdwnToHtml, plainToHtml } from "../../../src/dev/sandbox/render/mrkdwn.ts";

const directory = directoryOf(
  [{ id: "U0LEADER1", name: "Dr Amira Ahmed" }],
  [{ id: "C0SUBCOMM", name: "leadership-subcommittee" }],
);
const html = (text: string) => mrkdwnToHtml(text, directory);

describe("mrkdwn to HTML", () => {
  it("renders bold, italic, strike and inline code", () => {
    expect(html("*Co-led* _sessions_ ~old~ `log coled`")).toBe(
      "<strong>Co-led</strong> <em>sessions</em> <del>old</del> <code>log coled</code>",
    );
  });

  it("leaves markers inside words alone", () => {
    expect(html("snake_case_name and 2*3*4")).toBe("snake_case_name and 2*3*4");
  });

  it("shows user mentions as names, falling back to the escaped name or the id", () => {
    expect(html("with <@U0LEADER1>")).toBe(
      'with <span class="mention" data-user-id="U0LEADER1">@Dr Amira Ahmed</span>',
    );
    expect(html("<@U0OTHER|jo.w>")).toContain("@jo.w</span>");
    expect(html("<@U0OTHER>")).toContain("@U0OTHER</span>");
  });

  it("shows channels and special mentions", () => {
    expect(html("<#C0SUBCOMM>")).toBe('<span class="mention">#leadership-subcommittee</span>');
    expect(html("<!here>")).toBe('<span class="mention">@here</span>');
  });

  it("turns web links into links and refuses other schemes", () => {
    expect(html("<https://balint.co.uk/x?a=1&amp;b=2|the society's page>")).toBe(
      '<a href="https://balint.co.uk/x?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">the society&#39;s page</a>',
    );
    expect(html("<javascript:alert(1)|click>")).toBe("click");
  });

  it("escapes HTML everywhere, decoding Slack's own escapes once", () => {
    // Slack reads a raw <…> as a link; an unsafe one stays text.
    expect(html("<script>alert(1)</script>")).not.toContain("<script");
    expect(html("&lt;script&gt; & x")).toBe("&lt;script&gt; &amp; x");
    expect(html('*"quoted"*')).toBe("<strong>&quot;quoted&quot;</strong>");
    expect(html("`<b>`")).toBe("<code>&lt;b&gt;</code>");
  });

  it("keeps line breaks, block quotes and code blocks", () => {
    expect(html("one\ntwo")).toBe("one<br>two");
    expect(html("> quoted\nafter")).toBe("<blockquote>quoted</blockquote>after");
    expect(html("```\na *b*\n```")).toBe("<pre>a *b*\n</pre>");
  });

  it("formats around mentions", () => {
    expect(html("*<@U0LEADER1>*")).toBe(
      '<strong><span class="mention" data-user-id="U0LEADER1">@Dr Amira Ahmed</span></strong>',
    );
  });

  it("shows known emoji codes", () => {
    expect(html(":white_check_mark: done :no_such_code:")).toBe("✅ done :no_such_code:");
  });

  it("cannot be tricked by placeholder characters in the text", () => {
    expect(html("\u00000\u0000 `x`")).toBe("0 <code>x</code>");
  });
});

describe("plain text to HTML", () => {
  it("escapes, keeps line breaks and shows emoji unless told not to", () => {
    expect(plainToHtml("a <b>\n:tada:")).toBe("a &lt;b&gt;<br>🎉");
    expect(plainToHtml(":tada:", false)).toBe(":tada:");
  });
});
