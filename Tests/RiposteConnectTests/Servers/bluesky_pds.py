#!/usr/bin/env python3
"""A small, stateful stand-in for a Bluesky PDS + AppView, for Riposte's connector tests.

Every XRPC request and response is checked against the official lexicons that
lexrpc bundles (pip install lexrpc==3.0), so a protocol mismatch shows up in a
test as a 400 (bad request) or 500 (bad response), with the reason on stderr,
instead of a fake that accepts anything.

Status codes, error names and messages, rate-limit headers, record-key rules and
notification precedence follow the reference implementation
(github.com/bluesky-social/atproto, packages/pds, xrpc-server and bsky).

    python3 bluesky_pds.py --port P --seed SEED.json [--access-lifetime SECONDS]

--port 0 picks a free port; the chosen one is in the "listening on" line.
"""
import argparse, base64, hashlib, hmac, json, math, re, secrets, sys, threading, time, traceback
from collections import Counter
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, parse_qsl, urlsplit

from lexrpc.base import Base, ValidationError

LEX = Base()  # the official com.atproto / app.bsky lexicons bundled with lexrpc
POST = 'app.bsky.feed.post'
MENTION = 'app.bsky.richtext.facet#mention'
B32 = '234567abcdefghijklmnopqrstuvwxyz'  # base32-sortable, the TID alphabet
TID_RE = re.compile(r'[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}')
MENTION_RE = re.compile(r'(?:^|(?<=[\s(]))@([a-zA-Z0-9.-]*[a-zA-Z0-9])')
REPLY_NOTIF_ANCESTORS = 4  # the AppView notifies ancestors of height < 5
# Error names and messages for bare statuses (atproto packages/xrpc/src/types.ts).
STATUS_ERRORS = {
    400: ('InvalidRequest', 'Invalid Request'), 401: ('AuthenticationRequired', 'Authentication Required'),
    403: ('Forbidden', 'Forbidden'), 404: ('NotFound', 'Not Found'), 429: ('RateLimitExceeded', 'Rate Limit Exceeded'),
    500: ('InternalServerError', 'Internal Server Error'), 501: ('MethodNotImplemented', 'Method Not Implemented'),
    502: ('UpstreamFailure', 'Upstream Failure'), 503: ('NotEnoughResources', 'Not Enough Resources'),
    504: ('UpstreamTimeout', 'Upstream Timeout')}
# The reference PDS's limits as (points, window seconds, cost per call); like
# its combined limiter, the headers report the tightest one.
GLOBAL_LIMITS = [(3000, 300, 1)]
ROUTE_LIMITS = {
    'com.atproto.server.createSession': [(30, 300, 1), (300, 86400, 1)],
    'com.atproto.repo.createRecord': [(5000, 3600, 3), (35000, 86400, 3)],
}


class XrpcError(Exception):
    def __init__(self, status, error=None, message=None, headers=None):
        name, text = STATUS_ERRORS.get(status, ('InternalServerError', 'Internal Server Error'))
        super().__init__(message or text)
        self.status, self.error, self.message = status, error or name, message or text
        self.headers = headers or {}


def log(msg):
    print(f'bluesky_pds: {msg}', file=sys.stderr, flush=True)


def now_iso():
    return datetime.now(timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] + 'Z'


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode()


def cid_for(obj):
    # A well-formed CIDv1 (dag-cbor, sha2-256); hashing canonical JSON rather
    # than DAG-CBOR is enough, nothing here re-derives CIDs from blocks.
    digest = hashlib.sha256(json.dumps(obj, sort_keys=True, separators=(',', ':')).encode()).digest()
    return 'b' + base64.b32encode(bytes([1, 0x71, 0x12, 0x20]) + digest).decode().lower().rstrip('=')


def did_of(uri):
    return uri.split('/')[2]


def strong_ref(entry):
    return {'uri': entry['uri'], 'cid': entry['cid']}


def parent_uri(record):
    return (record.get('reply') or {}).get('parent', {}).get('uri')


def check_lexicon(nsid, kind, value):
    """Raises ValueError naming the mismatch; lexrpc raises NotImplementedError for an unknown $type."""
    try:
        LEX.validate(nsid, kind, value)
    except NotImplementedError as e:
        raise ValidationError(f'unknown lexicon: {e}') from None


def check_facets(record):
    text = record.get('text', '').encode()
    for facet in record.get('facets', []):
        start, end = facet['index']['byteStart'], facet['index']['byteEnd']
        # A continuation byte (10xxxxxx) at either edge means the slice cuts a character in two.
        if not 0 <= start < end <= len(text) or any(
                i < len(text) and text[i] & 0xC0 == 0x80 for i in (start, end)):
            message = (f'Invalid facet: bytes {start}..{end} are not character boundaries '
                       f'inside the {len(text)}-byte UTF-8 text')
            log(message)
            raise XrpcError(400, message=message)


class State:
    def __init__(self, seed, access_lifetime, base_url):
        self.lock = threading.RLock()
        self.access_lifetime, self.base_url = access_lifetime, base_url
        self.secret = secrets.token_bytes(32)
        self.accounts, self.dids = {}, {}  # did -> account, handle -> did
        self.records = {}  # at-uri -> entry, in creation order
        self.notifications, self.seen = [], {}
        self.tokens = {}  # jwt -> {'did', 'kind', 'exp'}
        self.logins, self.refreshes, self.requests = Counter(), Counter(), Counter()
        self.faults, self.buckets = {}, {}
        self.seq = self.last_tid = 0
        for a in seed['accounts']:
            self.add_account(a['handle'], a.get('did'), a['password'], a.get('displayName'))

    # --- accounts and tokens -------------------------------------------------

    def add_account(self, handle, did=None, password=None, display_name=None):
        handle = handle.lower().lstrip('@')
        if handle in self.dids:
            return self.dids[handle]
        did = did or 'did:plc:' + base64.b32encode(hashlib.sha256(handle.encode()).digest()).decode().lower()[:24]
        # app.bsky.actor.getProfile's `actor` is an at-identifier: a cheap official format check.
        check_lexicon('app.bsky.actor.getProfile', 'parameters', {'actor': handle})
        check_lexicon('app.bsky.actor.getProfile', 'parameters', {'actor': did})
        self.accounts[did] = {'did': did, 'handle': handle, 'password': password, 'displayName': display_name}
        self.dids[handle] = did
        return did

    def resolve(self, ident):
        return ident if ident in self.accounts else self.dids.get(ident.lower().lstrip('@'))

    def normalize_uri(self, uri):
        # at://handle/... is valid; store everything under the DID as the AppView does.
        parts = uri.split('/')
        if len(parts) > 2 and not parts[2].startswith('did:') and self.resolve(parts[2]):
            parts[2] = self.resolve(parts[2])
        return '/'.join(parts)

    def jwt(self, did, kind, lifetime):
        now = time.time()
        typ, scope = ('at+jwt', 'com.atproto.appPass') if kind == 'access' else ('refresh+jwt', 'com.atproto.refresh')
        claims = {'scope': scope, 'sub': did, 'aud': 'did:web:127.0.0.1', 'iat': int(now),
                  'exp': math.ceil(now + lifetime), 'jti': secrets.token_urlsafe(16)}
        signed = b64url(json.dumps({'typ': typ, 'alg': 'HS256'}).encode()) + '.' + b64url(json.dumps(claims).encode())
        token = signed + '.' + b64url(hmac.new(self.secret, signed.encode(), 'sha256').digest())
        self.tokens[token] = {'did': did, 'kind': kind, 'exp': now + lifetime}
        return token

    def session(self, did):
        acct = self.accounts[did]
        # A didDoc pointing here keeps clients that follow it (as the official SDKs do) on this server.
        did_doc = {'@context': ['https://www.w3.org/ns/did/v1'], 'id': did, 'alsoKnownAs': [f'at://{acct["handle"]}'],
                   'service': [{'id': '#atproto_pds', 'type': 'AtprotoPersonalDataServer',
                                'serviceEndpoint': self.base_url}]}
        return {'accessJwt': self.jwt(did, 'access', self.access_lifetime),
                'refreshJwt': self.jwt(did, 'refresh', 90 * 86400),
                'handle': acct['handle'], 'did': did, 'didDoc': did_doc, 'active': True}

    def auth(self, header, kind='access'):
        if not header.startswith('Bearer '):
            raise XrpcError(401, 'AuthMissing')
        token = self.tokens.get(header[7:].strip())
        if token is None or token['kind'] != kind:
            raise XrpcError(400, 'InvalidToken', 'Token could not be verified')
        if token['exp'] <= time.time():
            raise XrpcError(400, 'ExpiredToken', 'Token has expired')
        return token['did']

    # --- records and notifications -------------------------------------------

    def next_tid(self):
        # Microseconds since the epoch, strictly increasing, then a 10-bit clock id of 0.
        self.last_tid = max(int(time.time() * 1e6), self.last_tid + 1)
        n = self.last_tid << 10
        return ''.join(B32[(n >> (5 * i)) & 31] for i in range(12, -1, -1))

    def check_record(self, collection, record):
        try:
            check_lexicon(collection, 'record', record)
        except ValueError as e:
            log(f'record does not match the lexicon: {e}')
            raise XrpcError(400, message=f'Invalid {collection} record: {e}')
        if collection == POST:
            check_facets(record)

    def add_record(self, did, collection, record, rkey=None, extra_mentions=()):
        rkey = rkey or self.next_tid()
        uri = f'at://{did}/{collection}/{rkey}'
        if uri in self.records:
            # The reference PDS has no named error for this: its MST throws
            # "There is already a value at key" and the client gets a bare 500.
            log(f'duplicate record key {uri}: answering 500 as the reference PDS does')
            raise XrpcError(500)
        self.seq += 1
        entry = {'uri': uri, 'cid': cid_for(record), 'did': did, 'collection': collection, 'rkey': rkey,
                 'value': record, 'indexedAt': now_iso(), 'seq': self.seq}
        self.records[uri] = entry
        self.notify(entry, extra_mentions)
        return entry

    def ancestors(self, record):
        uri, out = parent_uri(record), []
        while uri and len(out) < REPLY_NOTIF_ANCESTORS:
            out.append(uri)
            uri = parent_uri(self.records[uri]['value']) if uri in self.records else None
        return out

    def notify(self, entry, extra_mentions=()):
        record, col = entry['value'], entry['collection']
        notified = {entry['did']}  # nobody is notified of their own records

        def add(did, reason, subject=None):
            if did in self.accounts and did not in notified:
                notified.add(did)
                note = {'recipient': did, 'entry': entry, 'reason': reason, 'seq': entry['seq']}
                if subject:
                    note['reasonSubject'] = subject
                self.notifications.append(note)

        if col == POST:
            # As the AppView's indexer: one notification per account per post,
            # mention before quote before reply.
            for facet in record.get('facets', []):
                for feature in facet['features']:
                    if feature.get('$type') == MENTION:
                        add(feature['did'], 'mention')
            for did in extra_mentions:
                add(did, 'mention')
            embed = record.get('embed') or {}
            if embed.get('$type') == 'app.bsky.embed.record' and f'/{POST}/' in embed['record']['uri']:
                add(did_of(embed['record']['uri']), 'quote', embed['record']['uri'])
            for uri in self.ancestors(record):
                add(did_of(uri), 'reply', uri)
        elif col in ('app.bsky.feed.like', 'app.bsky.feed.repost'):
            add(did_of(record['subject']['uri']), col.rsplit('.', 1)[1], record['subject']['uri'])
        elif col == 'app.bsky.graph.follow':
            add(record['subject'], 'follow')

    # --- views ---------------------------------------------------------------

    def profile(self, did):
        acct = self.accounts[did]
        view = {'did': did, 'handle': acct['handle']}
        if acct.get('displayName'):
            view['displayName'] = acct['displayName']
        return view

    def post_view(self, entry):
        counts = Counter()
        for e in self.records.values():
            v = e['value']
            if parent_uri(v) == entry['uri']:
                counts['replyCount'] += 1
            if isinstance(v.get('subject'), dict) and v['subject'].get('uri') == entry['uri']:  # like, repost
                counts[e['collection'].rsplit('.', 1)[1] + 'Count'] += 1
            if ((v.get('embed') or {}).get('record') or {}).get('uri') == entry['uri']:
                counts['quoteCount'] += 1
        return {'uri': entry['uri'], 'cid': entry['cid'], 'author': self.profile(entry['did']),
                'record': entry['value'], 'replyCount': counts['replyCount'], 'repostCount': counts['repostCount'],
                'likeCount': counts['likeCount'], 'quoteCount': counts['quoteCount'],
                'indexedAt': entry['indexedAt'], 'labels': []}

    def thread_view(self, uri, depth, height, up=True, down=True):
        entry = self.records.get(uri)
        if entry is None or entry['collection'] != POST:
            return {'$type': 'app.bsky.feed.defs#notFoundPost', 'uri': uri, 'notFound': True}
        view = {'$type': 'app.bsky.feed.defs#threadViewPost', 'post': self.post_view(entry)}
        parent = parent_uri(entry['value'])
        if up and parent and height > 0:
            view['parent'] = self.thread_view(parent, 0, height - 1, down=False)
        if down and depth > 0:
            view['replies'] = [self.thread_view(e['uri'], depth - 1, 0, up=False)
                               for e in self.records.values() if parent_uri(e['value']) == uri]
        return view

    def notification_view(self, note):
        entry = note['entry']
        seen = self.seen.get(note['recipient'])
        view = {'uri': entry['uri'], 'cid': entry['cid'], 'author': self.profile(entry['did']),
                'reason': note['reason'], 'record': entry['value'],
                'isRead': bool(seen and datetime.fromisoformat(entry['indexedAt']) <= seen),
                'indexedAt': entry['indexedAt'], 'labels': []}
        if 'reasonSubject' in note:
            view['reasonSubject'] = note['reasonSubject']
        return view

    # --- XRPC methods (called with the lock held) ----------------------------

    def create_session(self, auth, params, body):
        did = self.resolve(body['identifier'])
        acct = self.accounts.get(did)
        if not acct or not acct['password'] or not hmac.compare_digest(
                acct['password'].encode(), body['password'].encode()):
            raise XrpcError(401, message='Invalid identifier or password')
        self.logins[acct['handle']] += 1
        return self.session(did)

    def refresh_session(self, auth, params, body):
        # Simplification: the old refresh token stays valid (the reference PDS
        # keeps it usable for a 2-hour grace period after rotation).
        did = self.auth(auth, 'refresh')
        self.refreshes[self.accounts[did]['handle']] += 1
        return self.session(did)

    def resolve_handle(self, auth, params, body):
        if did := self.resolve(params['handle']):
            return {'did': did}
        raise XrpcError(400, message='Unable to resolve handle')  # what the AppView answers bsky.social

    def list_notifications(self, auth, params, body):
        did = self.auth(auth)
        if 'seenAt' in params:
            raise XrpcError(400, message='The seenAt parameter is unsupported')
        reasons = params.get('reasons')
        notes = [n for n in reversed(self.notifications)
                 if n['recipient'] == did and (not reasons or n['reason'] in reasons)]
        if 'cursor' in params:
            if not params['cursor'].isdigit():
                raise XrpcError(400, message='Malformed cursor')
            notes = [n for n in notes if n['seq'] < int(params['cursor'])]
        page = notes[:params['limit']]
        out = {'notifications': [self.notification_view(n) for n in page]}
        if page:  # like the AppView: a cursor whenever the page is not empty
            out['cursor'] = str(page[-1]['seq'])
        return out

    def update_seen(self, auth, params, body):
        self.seen[self.auth(auth)] = datetime.fromisoformat(body['seenAt'])
        return None

    def get_post_thread(self, auth, params, body):
        self.auth(auth)  # the PDS proxies app.bsky.* to the AppView only for signed-in callers
        uri = self.normalize_uri(params['uri'])
        if self.records.get(uri, {}).get('collection') != POST:
            raise XrpcError(400, 'NotFound', f'Post not found: {params["uri"]}')
        return {'thread': self.thread_view(uri, params['depth'], params['parentHeight'])}

    def create_record(self, auth, params, body):
        did = self.auth(auth)
        repo = self.resolve(body['repo'])
        if repo is None:
            raise XrpcError(403, 'AccountNotFound', 'Account not found')
        if repo != did:
            raise XrpcError(401)
        collection, record = body['collection'], body['record']
        if not isinstance(record, dict):
            raise XrpcError(400, message='record must be an object')
        record = dict(record)
        record.setdefault('$type', collection)
        if record['$type'] != collection:
            raise XrpcError(400, message=f'Invalid $type: expected {collection}, got {record["$type"]}')
        defn = LEX.defs.get(collection) or {}
        if defn.get('type') != 'record':
            raise XrpcError(400, message=f'Unknown lexicon type: {collection}')
        self.check_record(collection, record)
        rkey, key = body.get('rkey'), defn.get('key', 'any')
        if rkey is not None and not (TID_RE.fullmatch(rkey) if key == 'tid'
                                     else rkey == key[8:] if key.startswith('literal:') else True):
            raise XrpcError(400, message=f'Invalid record key for {collection}: {rkey} is not a valid {key}')
        entry = self.add_record(did, collection, record, rkey)
        rev = self.next_tid()
        return {'uri': entry['uri'], 'cid': entry['cid'], 'commit': {'cid': cid_for([entry['cid'], rev]), 'rev': rev},
                'validationStatus': 'valid'}

    def get_record(self, auth, params, body):
        repo = self.resolve(params['repo']) or params['repo']
        uri = f'at://{repo}/{params["collection"]}/{params["rkey"]}'
        entry = self.records.get(uri)
        if entry is None or params.get('cid', entry['cid']) != entry['cid']:
            raise XrpcError(400, 'RecordNotFound', f'Could not locate record: {uri}')
        return {'uri': uri, 'cid': entry['cid'], 'value': entry['value']}

    # --- test control ----------------------------------------------------------

    def test_post(self, body):
        mentioned = [self.add_account(body['mention'])] if body.get('mention') else []
        did = self.add_account(body['author'])
        text = body['text']
        record = {'$type': POST, 'text': text, 'createdAt': now_iso(), 'langs': ['en']}
        facets = []
        for m in MENTION_RE.finditer(text):  # official clients only link handles that resolve
            if target := self.dids.get(m.group(1).lower()):
                start = len(text[:m.start()].encode())
                facets.append({'index': {'byteStart': start, 'byteEnd': start + len(m.group(0).encode())},
                               'features': [{'$type': MENTION, 'did': target}]})
        if facets:
            record['facets'] = facets
        if body.get('reply_to'):
            parent = self.find_post(body['reply_to'])
            root = (parent['value'].get('reply') or {}).get('root') or strong_ref(parent)
            record['reply'] = {'root': root, 'parent': strong_ref(parent)}
        if body.get('quote'):
            record['embed'] = {'$type': 'app.bsky.embed.record', 'record': strong_ref(self.find_post(body['quote']))}
        self.check_record(POST, record)
        entry = self.add_record(did, POST, record, extra_mentions=mentioned)
        return {'uri': entry['uri'], 'cid': entry['cid']}

    def test_notification(self, body):
        did = self.add_account(body['author'])
        if body['reason'] == 'follow':
            collection, subject = 'app.bsky.graph.follow', self.add_account(body['subject'])
        elif body['reason'] in ('like', 'repost'):
            collection, subject = f'app.bsky.feed.{body["reason"]}', strong_ref(self.find_post(body['subject']))
        else:
            raise XrpcError(400, message='reason must be like, repost or follow')
        record = {'$type': collection, 'subject': subject, 'createdAt': now_iso()}
        self.check_record(collection, record)
        entry = self.add_record(did, collection, record)
        return {'uri': entry['uri'], 'cid': entry['cid']}

    def find_post(self, uri):
        entry = self.records.get(self.normalize_uri(uri))
        if entry is None or entry['collection'] != POST:
            raise XrpcError(400, message=f'no such post: {uri}')
        return entry

    def take_fault(self, nsid):
        queue = self.faults.get(nsid)
        if not queue:
            return None
        fault = queue[0]
        fault['count'] -= 1
        if fault['count'] <= 0:
            queue.pop(0)
        return fault

    def rate_limit(self, nsid):
        now, results = time.time(), []
        for scope, limits in (('*', GLOBAL_LIMITS), (nsid, ROUTE_LIMITS.get(nsid, []))):
            for limit, window, cost in limits:
                start, used = self.buckets.get((scope, window), (now, 0))
                if now >= start + window:
                    start, used = now, 0
                self.buckets[(scope, window)] = (start, used + cost)
                results.append((used + cost > limit, max(limit - used - cost, 0), limit, window, start + window))
        exceeded, remaining, limit, window, reset = max(results, key=lambda r: (r[0], -r[1]))
        headers = {'ratelimit-limit': limit, 'ratelimit-remaining': remaining,
                   'ratelimit-reset': math.floor(reset), 'ratelimit-policy': f'{limit};w={window}'}
        if exceeded:
            raise XrpcError(429, headers={**headers, 'retry-after': math.ceil(reset - now)})
        return headers


METHODS = {
    'com.atproto.server.createSession': State.create_session,
    'com.atproto.server.refreshSession': State.refresh_session,
    'com.atproto.identity.resolveHandle': State.resolve_handle,
    'app.bsky.notification.listNotifications': State.list_notifications,
    'app.bsky.notification.updateSeen': State.update_seen,
    'app.bsky.feed.getPostThread': State.get_post_thread,
    'com.atproto.repo.createRecord': State.create_record,
    'com.atproto.repo.getRecord': State.get_record,
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    state = None

    def log_message(self, fmt, *args):  # only mismatches and failures go to stderr
        pass

    def do_GET(self):
        self.route('GET')

    def do_POST(self):
        self.route('POST')

    def route(self, method):
        url = urlsplit(self.path)
        raw = self.rfile.read(int(self.headers.get('Content-Length') or 0))
        if url.path.startswith('/xrpc/'):
            self.xrpc(method, url.path[len('/xrpc/'):], url.query, raw)
        elif url.path.startswith('/_test/'):
            self.control(method, url.path[len('/_test/'):], parse_qs(url.query), raw)
        else:
            self.send(404, {'error': 'NotFound', 'message': 'Not Found'})

    def send(self, status, body, headers=None):
        data = body if isinstance(body, bytes) else b'' if body is None else json.dumps(body).encode()
        try:
            self.send_response(status)
            self.send_header('Content-Type', 'application/json; charset=utf-8')
            self.send_header('Content-Length', str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, str(value))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, which is what the delay fault is for

    def parse(self, nsid, defn, query, raw):
        try:
            params = LEX.decode_params(nsid, parse_qsl(query, keep_blank_values=True))
            check_lexicon(nsid, 'parameters', params)
            for name, schema in defn.get('parameters', {}).get('properties', {}).items():
                if 'default' in schema:
                    params.setdefault(name, schema['default'])
            body = None
            if 'input' in defn:
                ctype = self.headers.get('Content-Type', '')
                if not ctype.startswith('application/json'):
                    raise ValueError(f'Wrong request encoding (Content-Type): {ctype or "none"}')
                body = json.loads(raw)
                check_lexicon(nsid, 'input', body)
            elif raw:
                raise ValueError('A request body was provided when none was expected')
            return params, body
        except ValueError as e:  # ValidationError and JSONDecodeError are ValueErrors
            log(f'request to {nsid} does not match the lexicon: {e}')
            raise XrpcError(400, message=str(e))

    def xrpc(self, method, nsid, query, raw):
        st, headers = self.state, {}
        with st.lock:
            st.requests[nsid] += 1
            fault = st.take_fault(nsid)
        try:
            defn = LEX.defs.get(nsid)
            if nsid not in METHODS or defn is None:
                raise XrpcError(501)
            expected = 'GET' if defn['type'] == 'query' else 'POST'
            if method != expected:
                raise XrpcError(400, message=f'Incorrect HTTP method ({method}) expected {expected}')
            with st.lock:
                headers = st.rate_limit(nsid)
            params, body = self.parse(nsid, defn, query, raw)
            if fault and fault['status'] and not fault['after_effect']:
                time.sleep(fault['delay'] or 0)
                return self.fault_reply(fault, headers)
            with st.lock:
                out = METHODS[nsid](st, self.headers.get('Authorization', ''), params, body)
            try:
                check_lexicon(nsid, 'output', out)
            except ValueError as e:
                log(f'response from {nsid} does not match the lexicon: {e}')
                raise XrpcError(500, message=f'response does not match the lexicon: {e}')
            if fault:  # the effect has happened; now delay, fail or garble as told
                time.sleep(fault['delay'] or 0)
                if fault['status'] or fault['body']:
                    return self.fault_reply(fault, headers)
            self.send(200, out, headers)
        except XrpcError as e:
            self.send(e.status, {'error': e.error, 'message': e.message}, {**headers, **e.headers})
        except Exception:
            log(f'{nsid} crashed:\n{traceback.format_exc()}')
            self.send(500, {'error': 'InternalServerError', 'message': 'Internal Server Error'}, headers)

    def fault_reply(self, fault, headers):
        status = fault['status'] or 200
        if fault['body'] == 'malformed':
            return self.send(status, b'{"uri": "at://did:plc:', headers)
        headers = dict(headers)
        if status == 429:  # bsky.social's limiter reports the exhausted bucket
            headers.update({'ratelimit-remaining': 0,
                            'ratelimit-reset': int(fault['ratelimit_reset'] or headers['ratelimit-reset'])})
        if fault['retry_after'] is not None:
            headers['retry-after'] = fault['retry_after']
        error = XrpcError(status, fault.get('error'), fault.get('message'))
        self.send(status, {'error': error.error, 'message': error.message}, headers)

    def control(self, method, name, query, raw):
        st = self.state
        try:
            body = json.loads(raw) if raw else {}
            with st.lock:
                if (method, name) == ('POST', 'post'):
                    out = st.test_post(body)
                elif (method, name) == ('POST', 'notification'):
                    out = st.test_notification(body)
                elif (method, name) == ('GET', 'posts'):
                    did = st.resolve(query['author'][0])
                    out = {'posts': [{k: e[k] for k in ('uri', 'cid', 'indexedAt')} | {'record': e['value']}
                                     for e in st.records.values() if e['did'] == did and e['collection'] == POST]}
                elif (method, name) == ('GET', 'stats'):
                    out = {'logins': dict(st.logins), 'refreshes': dict(st.refreshes), 'requests': dict(st.requests)}
                elif (method, name) == ('POST', 'faults'):
                    fault = {'status': None, 'count': 1, 'after_effect': False, 'delay': 0, 'body': None,
                             'retry_after': None, 'ratelimit_reset': None, 'error': None, 'message': None}
                    # A misspelt key would silently make a test pass, so refuse it.
                    if set(body) - set(fault) - {'nsid'} or body.get('body') not in (None, 'malformed'):
                        raise XrpcError(400, message=f'bad fault {body}; keys: nsid, {", ".join(fault)}')
                    fault.update(body)
                    st.faults.setdefault(body['nsid'], []).append(fault)
                    out = {'ok': True}
                elif (method, name) == ('POST', 'expire_tokens'):
                    access = [t for t in st.tokens.values() if t['kind'] == 'access']
                    for token in access:
                        token['exp'] = 0
                    out = {'expired': len(access)}
                else:
                    raise XrpcError(404, message=f'no test endpoint {method} /_test/{name}')
            self.send(200, out)
        except XrpcError as e:
            self.send(e.status, {'error': e.error, 'message': e.message})
        except (ValueError, KeyError, TypeError) as e:
            self.send(400, {'error': 'InvalidRequest', 'message': f'bad test request: {e!r}'})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--port', type=int, required=True)
    ap.add_argument('--seed', required=True, help='JSON: {"accounts": [{"handle", "did", "password"}]}')
    ap.add_argument('--access-lifetime', type=float, default=7200, help='access token lifetime in seconds')
    args = ap.parse_args()
    with open(args.seed) as f:
        seed = json.load(f)
    server = ThreadingHTTPServer(('127.0.0.1', args.port), Handler)
    port = server.server_address[1]
    Handler.state = State(seed, args.access_lifetime, f'http://127.0.0.1:{port}')
    print(f'listening on 127.0.0.1:{port}', flush=True)
    server.serve_forever()


if __name__ == '__main__':
    main()
