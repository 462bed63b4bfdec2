// Passkeys: sign in with one, and add one on the account page. Served as a file, so the
// page's Content-Security-Policy needs no inline script. Without this script, or in a
// browser without passkeys, the passkey parts stay hidden and passwords work as before.
(function () {
  'use strict';
  if (!window.PublicKeyCredential || !window.fetch) {
    document.querySelectorAll('.passkey-unsupported').forEach(function (el) { el.hidden = false; });
    return;
  }

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
    return window.btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(base64url) {
    var text = window.atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    return bytes.buffer;
  }

  // the CSRF header htmx sends is on the body
  function csrfHeaders() {
    var headers = { 'Content-Type': 'application/json' };
    var raw = document.body.getAttribute('hx-headers');
    if (raw) {
      var parsed = JSON.parse(raw);
      Object.keys(parsed).forEach(function (name) { headers[name] = parsed[name]; });
    }
    return headers;
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST', headers: csrfHeaders(), credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    });
  }

  function signIn() {
    return post('/webauthn/authenticate/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post('/login/webauthn', {
        id: credential.id,
        rawId: encode(credential.rawId),
        response: {
          authenticatorData: encode(response.authenticatorData),
          clientDataJSON: encode(response.clientDataJSON),
          signature: encode(response.signature),
          userHandle: response.userHandle ? encode(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated) { throw new Error('not signed in'); }
      window.location.href = result.redirectUrl || '/';
    });
  }

  function register(label) {
    return post('/webauthn/register/options').then(function (options) {
      options.user = Object.assign({}, options.user, { id: decode(options.user.id) });
      options.challenge = decode(options.challenge);
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post('/webauthn/register', {
        publicKey: {
          label: label,
          credential: {
            id: credential.id,
            rawId: encode(credential.rawId),
            response: {
              attestationObject: encode(response.attestationObject),
              clientDataJSON: encode(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          }
        }
      });
    }).then(function (result) {
      if (!result || !result.success) { throw new Error('not registered'); }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.passkey-signin').forEach(function (section) {
      section.hidden = false;
      var failed = section.querySelector('#passkey-signin-failed');
      section.querySelector('#passkey-signin').addEventListener('click', function () {
        failed.hidden = true;
        signIn().catch(function () { failed.hidden = false; });
      });
    });

    var form = document.getElementById('passkey-add');
    if (form) {
      form.hidden = false;
      var label = document.getElementById('passkey-label');
      var missing = document.getElementById('passkey-label-error');
      var failed = document.getElementById('passkey-add-failed');
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        failed.hidden = true;
        var text = label.value.trim();
        missing.hidden = text.length > 0;
        label.setAttribute('aria-invalid', text.length > 0 ? 'false' : 'true');
        label.setAttribute('aria-describedby', text.length > 0 ? 'passkey-label-hint' : 'passkey-label-hint passkey-label-error');
        if (!text) { label.focus(); return; }
        register(text).then(function () {
          window.location.href = '/account?added';
        }).catch(function () { failed.hidden = false; });
      });
    }
  });
})();
