/* The incident report form (supervisor/report): talks to /api/supervisor; keeps a draft in localStorage that survives
 * a reload or a lost network, with an idempotency key made when the draft starts, so a repeat stores nothing new. */
(function () {
    'use strict';
    var root = document.getElementById('kw-report');
    if (!root) { return; }
    var duty = root.dataset.duty;
    var base = root.dataset.base || '';
    var api = base + '/api/supervisor';
    var storeKey = 'kaowu.report.draft.' + duty;
    var lang = root.dataset.lang || 'zh';
    var t = function (k) { return root.dataset['t' + k.charAt(0).toUpperCase() + k.slice(1)] || ''; };
    var $ = function (id) { return document.getElementById(id); };
    var draft = null;
    var signed = false;

    function newKey() {
        var b = new Uint8Array(16);
        window.crypto.getRandomValues(b);
        return Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
    }
    function load() {
        try { return JSON.parse(window.localStorage.getItem(storeKey)); } catch (e) { return null; }
    }
    function party() {
        var p = document.querySelector('input[name=party]:checked');
        return p ? p.value : 'CANDIDATE';
    }
    function save() {
        if (!draft) { draft = {key: newKey()}; }
        draft.party = party();
        draft.room = $('room').value;
        draft.rule = $('rule').value;
        draft.staffMember = $('staff-member').value;
        draft.reminded = $('reminded').checked;
        draft.occurredAt = $('occurred-at').value;
        draft.place = $('place').value;
        draft.description = $('description').value;
        draft.refused = $('refused').checked;
        draft.destroyed = $('destroyed').checked;
        draft.signature = signed ? $('signature-pad').toDataURL('image/png') : null;
        try {
            window.localStorage.setItem(storeKey, JSON.stringify(draft));
            status(t('saved'));
        } catch (e) { /* storage full or blocked: the form still works */ }
    }
    function status(text) { $('report-status').textContent = text; }
    function clearErrors() {
        Array.prototype.forEach.call(root.querySelectorAll('[data-field]'), function (e) { e.textContent = ''; });
    }
    function showError(field, text) {
        var el = field ? root.querySelector('.kw-field-error[data-field="' + field + '"]') : null;
        (el || $('report-error')).textContent = text;
        (el || $('report-error')).scrollIntoView({block: 'center'});
    }
    function request(method, path, body, type) {
        var headers = {'Accept': 'application/json', 'Accept-Language': lang};
        if (body !== undefined) { headers['Content-Type'] = type || 'application/json'; }
        return fetch(path, {method: method, headers: headers, credentials: 'same-origin',
            body: body === undefined ? undefined : (type ? body : JSON.stringify(body))});
    }
    function json(path) {
        return request('GET', path).then(function (r) { return r.ok ? r.json() : []; });
    }
    function option(select, value, text) {
        var o = document.createElement('option');
        o.value = value;
        o.textContent = text;
        select.appendChild(o);
        return o;
    }

    // Rules of the party, grouped by article.
    function loadRules(selected) {
        var select = $('rule');
        select.innerHTML = '';
        option(select, '', t('choose'));
        return json(api + '/rules?party=' + party()).then(function (rules) {
            var groups = {};
            rules.forEach(function (r) {
                var label = r.article === 0 ? t('incident') : t('article').replace('{0}', r.article);
                var g = groups[label];
                if (!g) { g = document.createElement('optgroup'); g.label = label; groups[label] = g; select.appendChild(g); }
                var o = option(g, r.code, (r.item ? t('item').replace('{0}', r.item) + ' ' : '') + r.behaviour
                    + (r.reminderRequired ? ' ' + t('reminder') : ''));
                o.dataset.reminder = r.reminderRequired;
            });
            if (selected) { select.value = selected; }
        });
    }
    function loadRooms(selected) {
        return json(api + '/duties/' + duty + '/rooms').then(function (rooms) {
            var select = $('room');
            rooms.forEach(function (r) { option(select, r.id, r.number); });
            if (rooms.length === 1) { select.value = String(rooms[0].id); }
            if (selected) { select.value = selected; }
        });
    }
    function loadStaff(selected) {
        return json(api + '/duties/' + duty + '/staff').then(function (staff) {
            ['staff-member', 'attester1', 'attester2'].forEach(function (id) {
                var select = $(id);
                select.innerHTML = '';
                option(select, '', t('choose'));
                staff.forEach(function (s) {
                    if (id !== 'staff-member' && !s.account) { return; }
                    option(select, id === 'staff-member' ? s.staffMemberId : s.account,
                        s.name + (s.roomNumber ? ' · ' + s.roomNumber : ''));
                });
            });
            if (selected) { $('staff-member').value = selected; }
        });
    }
    function showParty() {
        var p = party();
        $('candidate-block').hidden = p !== 'CANDIDATE';
        $('staff-block').hidden = p !== 'STAFF';
        $('signature-block').hidden = p === 'NONE';
    }
    function showAttest() {
        $('attest-block').hidden = !($('refused').checked || $('destroyed').checked);
    }
    function chooseCandidate(c) {
        draft = draft || {key: newKey()};
        draft.registration = c.registrationId;
        draft.candidateLabel = c.name + ' · ' + t('seat').replace('{0}', c.seatNumber) + ' · '
            + t('ticket').replace('{0}', c.ticketNumber || '') + ' · ' + c.maskedIdNumber;
        $('candidate-chosen').textContent = draft.candidateLabel;
        save();
    }
    function search() {
        var room = $('room').value;
        var box = $('candidates');
        box.innerHTML = '';
        json(api + '/duties/' + duty + '/candidates?room=' + encodeURIComponent(room) + '&q='
            + encodeURIComponent($('candidate-q').value)).then(function (list) {
            if (!list.length) { box.textContent = t('none'); return; }
            list.forEach(function (c) {
                var b = document.createElement('button');
                b.type = 'button';
                b.className = 'kw-candidate';
                if (c.hasPhoto) {
                    var img = document.createElement('img');
                    img.src = api + '/duties/' + duty + '/candidates/' + c.registrationId + '/photo';
                    img.alt = '';
                    b.appendChild(img);
                }
                var span = document.createElement('span');
                span.className = 'kw-data';
                span.textContent = c.name + ' · ' + t('seat').replace('{0}', c.seatNumber) + ' · '
                    + t('ticket').replace('{0}', c.ticketNumber || '') + ' · ' + c.maskedIdNumber;
                b.appendChild(span);
                b.addEventListener('click', function () { chooseCandidate(c); });
                box.appendChild(b);
            });
        });
    }

    // The signature pad: pointer events draw; a stroke marks it signed.
    var pad = $('signature-pad');
    var ctx = pad.getContext('2d');
    var drawing = false;
    function pos(e) {
        var r = pad.getBoundingClientRect();
        return {x: (e.clientX - r.left) * pad.width / r.width, y: (e.clientY - r.top) * pad.height / r.height};
    }
    function blank() {
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, pad.width, pad.height);
        ctx.lineWidth = 3;
        ctx.lineCap = 'round';
        ctx.strokeStyle = '#000';
    }
    blank();
    pad.addEventListener('pointerdown', function (e) { drawing = true; var p = pos(e); ctx.beginPath(); ctx.moveTo(p.x, p.y); e.preventDefault(); });
    pad.addEventListener('pointermove', function (e) { if (!drawing) { return; } var p = pos(e); ctx.lineTo(p.x, p.y); ctx.stroke(); signed = true; e.preventDefault(); });
    ['pointerup', 'pointerleave'].forEach(function (n) { pad.addEventListener(n, function () { if (drawing) { drawing = false; save(); } }); });
    $('signature-clear').addEventListener('click', function () { blank(); signed = false; save(); });

    function restore(d) {
        var p = document.querySelector('input[name=party][value="' + (d.party || 'CANDIDATE') + '"]');
        if (p) { p.checked = true; }
        $('reminded').checked = !!d.reminded;
        $('occurred-at').value = d.occurredAt || '';
        $('place').value = d.place || '';
        $('description').value = d.description || '';
        $('refused').checked = !!d.refused;
        $('destroyed').checked = !!d.destroyed;
        if (d.candidateLabel) { $('candidate-chosen').textContent = d.candidateLabel; }
        if (d.signature) {
            var img = new Image();
            img.onload = function () { ctx.drawImage(img, 0, 0); signed = true; };
            img.src = d.signature;
        }
    }

    function submit() {
        save();
        clearErrors();
        var p = party();
        var body = {idempotencyKey: draft.key, duty: Number(duty), party: p, rule: $('rule').value,
            reminded: $('reminded').checked, place: $('place').value, description: $('description').value,
            refusedToSign: p !== 'NONE' && $('refused').checked, evidenceDestroyed: $('destroyed').checked};
        if ($('room').value) { body.room = Number($('room').value); }
        if ($('occurred-at').value) { body.occurredAt = $('occurred-at').value + ':00+08:00'; }
        if (p === 'CANDIDATE' && draft.registration) { body.registration = draft.registration; }
        if (p === 'STAFF' && $('staff-member').value) { body.staffMember = Number($('staff-member').value); }
        if (p !== 'NONE' && signed && !$('refused').checked) { body.signature = pad.toDataURL('image/png'); }
        if (body.refusedToSign || body.evidenceDestroyed) {
            body.attesters = [1, 2].map(function (i) {
                return {username: $('attester' + i).value, password: $('attester' + i + '-password').value};
            });
        }
        var files = Array.prototype.slice.call($('evidence').files || []);
        $('report-submit').disabled = true;
        status(t('sending'));
        request('POST', api + '/reports', body).then(function (r) {
            return r.json().then(function (o) { return {r: r, o: o}; });
        }).then(function (x) {
            if (!x.r.ok) {
                showError(x.o.field || null, x.o.detail || x.o.title || String(x.r.status));
                status('');
                return;
            }
            ['attester1-password', 'attester2-password'].forEach(function (id) { $(id).value = ''; });
            var id = x.o.id;
            var uploads = files.reduce(function (chain, f) {
                return chain.then(function () {
                    return request('POST', api + '/reports/' + id + '/evidence?name=' + encodeURIComponent(f.name), f,
                        f.type || 'application/octet-stream').then(function (r) {
                        if (!r.ok) {
                            return r.json().then(function (o) { throw new Error(f.name + ': ' + (o.detail || r.status)); });
                        }
                    });
                });
            }, Promise.resolve());
            return uploads.then(function () {
                window.localStorage.removeItem(storeKey);
                status(x.r.status === 201 ? t('sent') : t('repeat'));
                window.location.href = base + '/supervisor/report-view?id=' + id;
            }, function (e) {
                window.localStorage.removeItem(storeKey);
                showError('evidence', t('evidenceFailed') + ' ' + e.message);
                setTimeout(function () { window.location.href = base + '/supervisor/report-view?id=' + id; }, 4000);
            });
        }, function () {
            status(t('offline'));
        }).finally(function () { $('report-submit').disabled = false; });
    }

    var saved = load();
    var restored = !!(saved && saved.key);
    draft = restored ? saved : null;
    if (restored) { restore(saved); }
    if (!$('occurred-at').value && root.dataset.now) { $('occurred-at').value = root.dataset.now; }
    showParty();
    showAttest();
    Promise.all([loadRooms(restored ? saved.room : null), loadRules(restored ? saved.rule : null),
        loadStaff(restored ? saved.staffMember : null)]).then(function () {
        if (restored) { status(t('restored')); }
    });
    Array.prototype.forEach.call(document.querySelectorAll('input[name=party]'), function (r) {
        r.addEventListener('change', function () { showParty(); loadRules(null).then(save); });
    });
    ['reminded', 'occurred-at', 'place', 'description', 'refused', 'destroyed', 'room', 'rule', 'staff-member']
        .forEach(function (id) {
            $(id).addEventListener('input', save);
            $(id).addEventListener('change', function () { showAttest(); save(); });
        });
    $('candidate-search').addEventListener('click', search);
    $('candidate-q').addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); search(); } });
    $('report-submit').addEventListener('click', submit);
    $('report-discard').addEventListener('click', function () {
        window.localStorage.removeItem(storeKey);
        window.location.reload();
    });
})();
