// Drives Supabase's own Auth client, @supabase/auth-js, against the tests' Auth stand-in (and the
// real PostgREST behind it) and prints what each step got, as one JSON object. tst_auth_protocol
// runs the same steps with the console's AuthClient and compares. Node 20, no network beyond
// 127.0.0.1.
//
//   node auth_js_protocol.mjs AUTH_URL REST_URL ANON_KEY EMAIL PASSWORD UNCONFIRMED_EMAIL
//   (AUTH_JS_PREFIX: the npm prefix @supabase/auth-js is installed in, by scripts/install-deps.sh)
import { createRequire } from "node:module";

const require = createRequire(process.env.AUTH_JS_PREFIX + "/package.json");
const { AuthClient } = require("@supabase/auth-js");

const [authUrl, restUrl, anonKey, email, password, unconfirmed] = process.argv.slice(2);
const client = new AuthClient({
    url: authUrl,
    headers: { apikey: anonKey },
    persistSession: false,
    autoRefreshToken: false,
    detectSessionInUrl: false,
});

const failure = (error) => (error ? { status: error.status ?? 0, code: error.code ?? "" } : null);
const out = {};

// A wrong password, then an unconfirmed address.
let r = await client.signInWithPassword({ email, password: password + "-wrong" });
out.wrongPassword = failure(r.error);
r = await client.signInWithPassword({ email: unconfirmed, password });
out.unconfirmed = failure(r.error);

// The password grant: a session with the user's id and role.
r = await client.signInWithPassword({ email, password });
if (r.error) throw new Error("sign-in failed: " + r.error.message);
const first = r.data.session;
out.signIn = {
    userId: first.user.id,
    email: first.user.email,
    role: first.user.app_metadata?.role ?? "",
    expiresIn: first.expires_in,
    tokenType: first.token_type,
    hasExpiresAt: typeof first.expires_at === "number",
};

// The access token works on the real PostgREST as this user.
const rest = await fetch(restUrl + "/leads?select=id&limit=1", {
    headers: { apikey: anonKey, Authorization: "Bearer " + first.access_token },
});
out.restStatus = rest.status;

// GET /user with the token.
r = await client.getUser(first.access_token);
out.getUser = r.error ? failure(r.error) : { userId: r.data.user.id, role: r.data.user.app_metadata?.role ?? "" };

// The refresh grant rotates the refresh token; the old one is refused after.
r = await client.refreshSession({ refresh_token: first.refresh_token });
if (r.error) throw new Error("refresh failed: " + r.error.message);
const second = r.data.session;
out.refresh = {
    rotated: second.refresh_token !== first.refresh_token,
    sameUser: second.user.id === first.user.id,
    sameSession:
        JSON.parse(Buffer.from(second.access_token.split(".")[1], "base64url")).session_id ===
        JSON.parse(Buffer.from(first.access_token.split(".")[1], "base64url")).session_id,
};
r = await client.refreshSession({ refresh_token: first.refresh_token });
out.reusedRefreshToken = failure(r.error);

// Recovery e-mail.
r = await client.resetPasswordForEmail(email);
out.recover = r.error ? failure(r.error) : "ok";

// Logout (this session), then the session is gone: /user and the refresh token are refused.
r = await client.admin.signOut(second.access_token, "local");
out.logout = r.error ? failure(r.error) : "ok";
r = await client.getUser(second.access_token);
// auth-js turns Auth's session_not_found into its AuthSessionMissingError.
out.userAfterLogout = r.error ? { name: r.error.name, status: r.error.status } : null;
r = await client.refreshSession({ refresh_token: second.refresh_token });
out.refreshAfterLogout = failure(r.error);

// Five wrong passwords in a row, then the server's 429.
for (let i = 0; i < 5; ++i) await client.signInWithPassword({ email, password: "wrong-" + i });
r = await client.signInWithPassword({ email, password: "wrong-again" });
out.tooMany = failure(r.error);

process.stdout.write(JSON.stringify(out) + "\n");
