/* Generated from schemas/manifest.schema.json by `node scripts/gen-validator.mjs`. Do not edit. */
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"description":"A storyboard for seedance-pipeline: shots made with the Seedance video API, chained, then joined into one film. Needs version: 1 and shots:.","markdownDescription":"A storyboard for seedance-pipeline: shots made with the Seedance video API, chained, then joined into one film. Needs `version: 1` and `shots:`.","$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/seedance-pipeline/seedance-pipeline/schemas/manifest.schema.json","type":"object","additionalProperties":false,"required":["version","shots"],"properties":{"version":{"title":"Manifest version","description":"The manifest format version. Only 1 exists: write version: 1.","markdownDescription":"The manifest format version. Only `1` exists: write `version: 1`.","const":1},"name":{"title":"Film name","description":"Name of the film: 1 to 64 letters, digits, ., _ and -, starting with a letter or digit. It names the output folder (out/<name>). Default: the manifest's file name without its extension. Example: name: kitten-morning","markdownDescription":"Name of the film: 1 to 64 letters, digits, `.`, `_` and `-`, starting with a letter or digit. It names the output folder (`out/<name>`).\n\nDefault: the manifest's file name without its extension.\n\nExample: `name: kitten-morning`","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","patternErrorMessage":"A film name may use only letters, digits, ., _ and -, must start with a letter or digit and be at most 64 characters long (e.g. kitten-morning)."},"api":{"title":"Wire format","description":"Which API the shots are sent to: native (/api/v3/contents/generations/tasks: resolution, ratio, drafts, reference audio) or openai (/v1/videos: size instead). Default: native.","markdownDescription":"Which API the shots are sent to: `native` (`/api/v3/contents/generations/tasks`: resolution, ratio, drafts, reference audio) or `openai` (`/v1/videos`: `size` instead).\n\nDefault: `native`.","enum":["native","openai"],"markdownEnumDescriptions":["The service's own API (`/api/v3/contents/generations/tasks`): `resolution` and `ratio`, drafts, reference audio, the last frame returned as a PNG.","The OpenAI-compatible API (`/v1/videos`): `size` instead of `resolution` and `ratio`; a last frame another shot uses is taken from the clip."]},"base_url":{"title":"Base URL","description":"Host root of the service; the API path is appended. SEEDANCE_BASE_URL overrides it. The API key is only sent to hosts you chose or trust. Example: base_url: https://api.wisgate.ai","markdownDescription":"Host root of the service; the API path is appended. `SEEDANCE_BASE_URL` overrides it. The API key is only sent to hosts you chose or trust.\n\nExample: `base_url: https://api.wisgate.ai`","type":"string","pattern":"^https?://[^\\s/?#]+(/[^\\s?#]*)?$","patternErrorMessage":"base_url must be the service's host root, an http(s) URL such as https://api.wisgate.ai."},"output":{"title":"Output folder","description":"Folder for the clips, the film, the lock and the report, relative to the manifest's folder and inside the project. Default: out/<name>. Example: output: out/trailer","markdownDescription":"Folder for the clips, the film, the lock and the report, relative to the manifest's folder and inside the project.\n\nDefault: `out/<name>`.\n\nExample: `output: out/trailer`","type":"string","minLength":1},"store":{"title":"Clip store","description":"Folder of the clip store (every clip made, kept by the fingerprint of its inputs, so a shot made before costs nothing again), relative to the manifest's folder and inside the project. SEEDANCE_STORE overrides it, and only SEEDANCE_STORE can name a bucket (s3://bucket/prefix). Default: .seedance/store beside the manifest.","markdownDescription":"Folder of the clip store (every clip made, kept by the fingerprint of its inputs, so a shot made before costs nothing again), relative to the manifest's folder and inside the project. `SEEDANCE_STORE` overrides it, and only `SEEDANCE_STORE` can name a bucket (`s3://bucket/prefix`).\n\nDefault: `.seedance/store` beside the manifest.","type":"string","minLength":1,"pattern":"^(?![A-Za-z][A-Za-z0-9+.-]*://)","patternErrorMessage":"store: is a folder of the project, not a URL. A bucket (s3://bucket/prefix) is your own choice: set SEEDANCE_STORE=s3://... where you run seedance, and remove store: from the manifest."},"concurrency":{"title":"Concurrency","description":"Most tasks at the service at once, 1..100. --concurrency overrides it. Mind your account's limit of running tasks (10 by default; 4k: 1). Default: 3. Example: concurrency: 5","markdownDescription":"Most tasks at the service at once, `1`..`100`. `--concurrency` overrides it. Mind your account's limit of running tasks (10 by default; 4k: 1).\n\nDefault: `3`.\n\nExample: `concurrency: 5`","type":"integer","minimum":1,"maximum":100,"defaultSnippets":[{"label":"5","markdownDescription":"5 tasks at once","body":5},{"label":"10","markdownDescription":"10 tasks at once","body":10}]},"pricing":{"title":"Pricing","description":"Prices, so plan, run, status and the report show what shots cost. Either a built-in table by name — volcengine (CNY) or byteplus (USD); see docs/pricing.md for each figure, its source and date — or a table of your own, with a currency and prices per million tokens by model id. SEEDANCE_PRICING (a name or a file) overrides it. Without a table, costs are not shown and nothing else changes.","markdownDescription":"Prices, so `plan`, `run`, `status` and the report show what shots cost. Either a built-in table by name — `volcengine` (CNY) or `byteplus` (USD); see docs/pricing.md for each figure, its source and date — or a table of your own, with a currency and prices per million tokens by model id.\n\n```yaml\npricing:\n  currency: USD\n  per_million_tokens: { doubao-seedance-2.0: 7.0 }\n```\n\n`SEEDANCE_PRICING` (a name or a file) overrides it. Without a table, costs are not shown and nothing else changes.","oneOf":[{"enum":["volcengine","byteplus"],"markdownEnumDescriptions":["Volcengine Ark list prices, in CNY.","BytePlus ModelArk list prices, in USD."]},{"$ref":"#/$defs/priceTable"}],"defaultSnippets":[{"label":"a built-in price table","markdownDescription":"`volcengine` (CNY) or `byteplus` (USD).","bodyText":"${1|byteplus,volcengine|}"},{"label":"your own price table","markdownDescription":"A price table of your own: a currency and a price per million tokens for each model you use.","body":{"currency":"${1:USD}","per_million_tokens":{"${2:doubao-seedance-2.0}":"^${3:7.0}"}}}]},"budget":{"title":"Budget","description":"A spending limit for each run, in the price table's currency (needs pricing). --max-cost overrides it. Example: budget: { max: 20 }","markdownDescription":"A spending limit for each run, in the price table's currency (needs `pricing`). `--max-cost` overrides it.\n\nExample: `budget: { max: 20 }`","type":"object","additionalProperties":false,"required":["max"],"properties":{"max":{"title":"Most a run may spend","description":"Most a run may spend, in the price table's currency (more than 0). A run whose estimate is higher sends nothing; during a run no task is submitted that would take billed plus in-flight costs past it (takes and re-rolls count). Example: max: 20","markdownDescription":"Most a run may spend, in the price table's currency (more than `0`). A run whose estimate is higher sends nothing; during a run no task is submitted that would take billed plus in-flight costs past it (takes and re-rolls count).\n\nExample: `max: 20`","type":"number","exclusiveMinimum":0,"defaultSnippets":[{"label":"10","markdownDescription":"10 in the table's currency","body":10},{"label":"50","markdownDescription":"50 in the table's currency","body":50}]}}},"defaults":{"title":"Defaults","description":"Generation settings for every shot (model, resolution, ratio, duration, …); a shot's own value wins. Shot-only keys such as id, prompt or first_frame cannot go here.","markdownDescription":"Generation settings for every shot (model, resolution, ratio, duration, …); a shot's own value wins. Shot-only keys such as `id`, `prompt` or `first_frame` cannot go here.\n\nExample:\n\n```yaml\ndefaults:\n  model: doubao-seedance-2.0\n  resolution: 1080p\n  ratio: \"16:9\"\n```","$ref":"#/$defs/settings"},"shots":{"title":"Shots","description":"The shots, in story order: each is one generation task and one clip, with at least an id and (unless it has images or videos) a prompt. A shot can start on another's last frame with first_frame: { shot: <id> }.","markdownDescription":"The shots, in story order: each is one generation task and one clip, with at least an `id` and (unless it has images or videos) a `prompt`. A shot can start on another's last frame with `first_frame: { shot: <id> }`.","type":"array","minItems":1,"allOf":[{"items":{"$ref":"#/$defs/shot"}}],"defaultSnippets":[{"label":"First shot","markdownDescription":"A list of shots with a first shot: an id and a prompt.","body":[{"id":"${1:opening}","prompt":"${2:A kitten wakes up on a sunny windowsill}"}]}]},"concat":{"title":"Concat","description":"Join the clips into one film after the shots are made: which shots, in what order, how they meet, trims and a music bed. Without it every shot that is not a draft is joined in manifest order with cuts.","markdownDescription":"Join the clips into one film after the shots are made: which shots, in what order, how they meet, trims and a music bed. Without it every shot that is not a draft is joined in manifest order with cuts.","$ref":"#/$defs/concat"}},"$defs":{"settings":{"title":"Generation settings","description":"Generation settings: model, resolution, ratio, duration, seed, audio and the rest.","markdownDescription":"Generation settings: model, resolution, ratio, duration, seed, audio and the rest.","type":"object","additionalProperties":false,"properties":{"model":{"title":"Model","description":"Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id ep-… or a model newer than this tool passes with a warning and generic checks. Default: doubao-seedance-2.0 (api: native) or doubao-seedance-2 (api: openai).","markdownDescription":"Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id `ep-…` or a model newer than this tool passes with a warning and generic checks.\n\nDefault: `doubao-seedance-2.0` (`api: native`) or `doubao-seedance-2` (`api: openai`).","anyOf":[{"enum":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","dreamina-seedance-2-0-260128","doubao-seedance-2-0-fast-260128","dreamina-seedance-2-0-fast-260128","doubao-seedance-2-0-mini-260615","dreamina-seedance-2-0-mini-260615","doubao-seedance-1-5-pro-251215","doubao-seedance-1-0-pro-250528","doubao-seedance-1-0-pro-fast-251015","doubao-seedance-1-0-lite-t2v-250428","doubao-seedance-1-0-lite-i2v-250428"],"markdownEnumDescriptions":["**Seedance 2.0** · gateway name, native format · 480p/720p/1080p · 5–15 s · audio · drafts · reference videos","**Seedance 2.0 fast** · gateway name, native format · 480p/720p · 5–15 s · audio · drafts · reference videos","**Seedance 2.0** · gateway name, `api: openai` · up to 1080p · 4–15 s · audio · reference videos","**Seedance 2.0** · official id, native format · 480p/720p/1080p/4k · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0** · BytePlus id, native format · 480p/720p/1080p/4k · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 fast** · official id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 fast** · BytePlus id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 mini** · official id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 mini** · BytePlus id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 1.5 pro** · official id, native format · 480p/720p/1080p · 4–12 s or auto (-1) · audio · drafts","**Seedance 1.0 pro** · official id, native format · 480p/720p/1080p · 2–12 s or frames","**Seedance 1.0 pro fast** · official id, native format · 480p/720p/1080p · 2–12 s or frames","**Seedance 1.0 lite (text to video)** · official id, native format · 480p/720p/1080p · 2–12 s or frames · text only","**Seedance 1.0 lite (image to video)** · official id, native format · 480p/720p/1080p · 2–12 s or frames · needs an image"]},{"type":"string","minLength":1}]},"resolution":{"title":"Resolution","description":"Output resolution (api: native; with api: openai use size). Higher costs more tokens: tokens grow with the pixel count. Default: 720p. A draft: true shot is always 480p.","markdownDescription":"Output resolution (`api: native`; with `api: openai` use `size`). Higher costs more tokens: tokens grow with the pixel count.\n\nDefault: `720p`. A `draft: true` shot is always `480p`.","enum":["480p","720p","1080p","4k"],"markdownEnumDescriptions":["The cheapest; every draft is 480p. Every model.","The default. Every model.","Full HD. Models: 2.0, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","The most detailed and the dearest; H.265. Models: 2.0 (official ids)."]},"ratio":{"title":"Aspect ratio","description":"Aspect ratio of the clip (api: native). Quote it in YAML, or it is read as a number: ratio: \"16:9\". Default: \"16:9\".","markdownDescription":"Aspect ratio of the clip (`api: native`). Quote it in YAML, or it is read as a number: `ratio: \"16:9\"`.\n\nDefault: `\"16:9\"`.","enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"markdownEnumDescriptions":["Landscape, the default. Every model.","Classic TV. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Square. Every model.","Portrait photo. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Vertical, for phones. Every model.","Cinema wide screen. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Follows the first frame or reference image. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video)."]},"duration":{"title":"Duration (seconds)","description":"Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or -1 (the model chooses), 1.5 pro 4..12 or -1, the 1.0 series 2..12 (or use frames), api: openai 4..15. seedance validate checks it against the model. Default: the model's own (5 s; 4 s with api: openai). Example: duration: 10","markdownDescription":"Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or `-1` (the model chooses), 1.5 pro 4..12 or `-1`, the 1.0 series 2..12 (or use `frames`), `api: openai` 4..15. `seedance validate` checks it against the model.\n\nDefault: the model's own (5 s; 4 s with `api: openai`).\n\nExample: `duration: 10`","type":"integer","minimum":-1,"maximum":15,"defaultSnippets":[{"label":"8","markdownDescription":"8 seconds","body":8},{"label":"10","markdownDescription":"10 seconds","body":10},{"label":"12","markdownDescription":"12 seconds","body":12}]},"seed":{"title":"Seed","description":"Random seed, -1..4294967295. The same seed and inputs give a similar clip; -1 lets the service pick. seedance pin writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use takes: to get a choice. Default: -1 (random).","markdownDescription":"Random seed, `-1`..`4294967295`. The same seed and inputs give a similar clip; `-1` lets the service pick. `seedance pin` writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use `takes:` to get a choice.\n\nDefault: `-1` (random).","type":"integer","minimum":-1,"maximum":4294967295,"defaultSnippets":[{"label":"42","markdownDescription":"a fixed seed","body":42},{"label":"1234567","markdownDescription":"another fixed seed","body":1234567}]},"generate_audio":{"title":"Generate audio","description":"Make a synchronized sound track with the clip: true or false (2.0 and 1.5 pro only). Default: the model's own (on for official 2.0 ids, off for the gateway names).","markdownDescription":"Make a synchronized sound track with the clip: `true` or `false` (2.0 and 1.5 pro only).\n\nDefault: the model's own (on for official 2.0 ids, off for the gateway names).","type":"boolean"},"watermark":{"title":"Watermark","description":"Put the \"AI generated\" watermark on the clip: true or false (api: native only). Default: false.","markdownDescription":"Put the \"AI generated\" watermark on the clip: `true` or `false` (`api: native` only).\n\nDefault: `false`.","type":"boolean"},"return_last_frame":{"title":"Return last frame","description":"Ask the service for the clip's last frame as a PNG (api: native). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write return_last_frame: false to have the frame taken from the clip instead. Default: true (false for drafts).","markdownDescription":"Ask the service for the clip's last frame as a PNG (`api: native`). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write `return_last_frame: false` to have the frame taken from the clip instead.\n\nDefault: `true` (`false` for drafts).","type":"boolean"},"camera_fixed":{"title":"Fixed camera","description":"Keep the camera still: true or false (1.0 series and 1.5 pro; not 2.0). Default: off.","markdownDescription":"Keep the camera still: `true` or `false` (1.0 series and 1.5 pro; not 2.0).\n\nDefault: off.","type":"boolean"},"service_tier":{"title":"Service tier","description":"How the service schedules the task: default (online) or flex (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini). Default: default.","markdownDescription":"How the service schedules the task: `default` (online) or `flex` (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini).\n\nDefault: `default`.","enum":["default","flex"],"markdownEnumDescriptions":["Online: the task starts as soon as the service has a slot.","Half price, run offline when the service has room (it can take hours); not on the 2.0 series (2.0, fast and mini)."]},"execution_expires_after":{"title":"Expires after (seconds)","description":"Seconds a task may stay queued or running at the service before it is given up as expired: 3600..259200 (1 hour to 3 days). Default: 172800 (2 days). Example: execution_expires_after: 86400","markdownDescription":"Seconds a task may stay queued or running at the service before it is given up as `expired`: `3600`..`259200` (1 hour to 3 days).\n\nDefault: `172800` (2 days).\n\nExample: `execution_expires_after: 86400`","type":"integer","minimum":3600,"maximum":259200,"defaultSnippets":[{"label":"3600","markdownDescription":"1 hour","body":3600},{"label":"86400","markdownDescription":"1 day","body":86400},{"label":"259200","markdownDescription":"3 days","body":259200}]},"frames":{"title":"Frames","description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, from 29 to 289 (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with duration. Example: frames: 121 (about 5 s)","markdownDescription":"Length in frames instead of seconds (1.0 series only): `25 + 4n`, from `29` to `289` (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with `duration`.\n\nExample: `frames: 121` (about 5 s)","type":"integer","minimum":29,"maximum":289,"defaultSnippets":[{"label":"121","markdownDescription":"121 frames, about 5 s","body":121},{"label":"241","markdownDescription":"241 frames, about 10 s","body":241}]},"priority":{"title":"Priority","description":"Queue priority among your own tasks on the account's endpoint, 0..9 (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with service_tier: flex. Default: 0.","markdownDescription":"Queue priority among your own tasks on the account's endpoint, `0`..`9` (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with `service_tier: flex`.\n\nDefault: `0`.","type":"integer","minimum":0,"maximum":9,"defaultSnippets":[{"label":"5","markdownDescription":"ahead of priority 0..4","body":5},{"label":"9","markdownDescription":"the highest","body":9}]},"tools":{"title":"Tools","description":"Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names: The searches made are counted in the task's usage.","markdownDescription":"Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names:\n\n```yaml\ntools: [{ type: web_search }]\n```\n\nThe searches made are counted in the task's usage.","type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","description":"A tool: { type: web_search }.","markdownDescription":"A tool: `{ type: web_search }`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Tool type","description":"web_search: the model may search the web for what the prompt names.","markdownDescription":"`web_search`: the model may search the web for what the prompt names.","enum":["web_search"],"markdownEnumDescriptions":["The model may search the web for what the prompt names."]}}}},"safety_identifier":{"title":"Safety identifier","description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it. Example: safety_identifier: 5f2b9c0e","markdownDescription":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it.\n\nExample: `safety_identifier: 5f2b9c0e`","type":"string","minLength":1,"maxLength":64},"callback_url":{"title":"Callback URL","description":"An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it. Example: callback_url: https://example.com/seedance-hook","markdownDescription":"An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it.\n\nExample: `callback_url: https://example.com/seedance-hook`","type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$","patternErrorMessage":"callback_url must be an http(s) URL, such as https://example.com/seedance-hook."},"size":{"title":"Size (api: openai)","description":"Output size for api: openai, WIDTHxHEIGHT. With api: native use resolution and ratio instead. Default: 1280x720.","markdownDescription":"Output size for `api: openai`, `WIDTHxHEIGHT`. With `api: native` use `resolution` and `ratio` instead.\n\nDefault: `1280x720`.","enum":["1280x720","720x1080","1920x1080","1080x1920"],"markdownEnumDescriptions":["Landscape 720p (16:9).","Portrait, 720 wide and 1080 high.","Landscape 1080p (16:9).","Portrait 1080p (9:16)."]},"takes":{"title":"Takes","description":"How many takes (tasks) to make of the shot, 1..10, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; take: picks the one the film and the shots after it use. Each take is billed. Default: 1. Example: takes: 3","markdownDescription":"How many takes (tasks) to make of the shot, `1`..`10`, each with its own seed (`seed + i - 1` where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Each take is billed.\n\nDefault: `1`.\n\nExample: `takes: 3`","type":"integer","minimum":1,"maximum":10,"defaultSnippets":[{"label":"2","markdownDescription":"2 takes","body":2},{"label":"3","markdownDescription":"3 takes","body":3}]},"refusals":{"title":"Refusals","description":"How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, 0..10. Refusals are not billed, and the same prompt often passes on a second try. Never for a …PrivacyInformation refusal (a real person in a reference image: retrying cannot help). Separate from retries:. Default: 0. Example: refusals: 2","markdownDescription":"How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, `0`..`10`. Refusals are not billed, and the same prompt often passes on a second try. Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Separate from `retries:`.\n\nDefault: `0`.\n\nExample: `refusals: 2`","type":"integer","minimum":0,"maximum":10,"defaultSnippets":[{"label":"1","markdownDescription":"once more","body":1},{"label":"2","markdownDescription":"twice more","body":2}]}}},"concat":{"title":"Concat","description":"Join the clips into one film after the shots are made.","markdownDescription":"Join the clips into one film after the shots are made.","type":"object","additionalProperties":false,"properties":{"output":{"title":"Film file","description":"File name of the film, relative to the output folder; a video name (.mp4, .mov, …). Default: final.mp4. Example: output: kitten-morning.mp4","markdownDescription":"File name of the film, relative to the output folder; a video name (`.mp4`, `.mov`, …).\n\nDefault: `final.mp4`.\n\nExample: `output: kitten-morning.mp4`","type":"string","minLength":1},"shots":{"title":"Film order","description":"Shot ids in film order; a shot may be left out or repeated. Default: every shot that is not a draft, in manifest order. Example: shots: [opening, garden, window]","markdownDescription":"Shot ids in film order; a shot may be left out or repeated.\n\nDefault: every shot that is not a draft, in manifest order.\n\nExample: `shots: [opening, garden, window]`","type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","patternErrorMessage":"A shot id may use only lowercase letters a-z, digits 0-9, _ and -, must start with a letter or digit and be at most 64 characters long (e.g. wake-up or shot_2)."}},"transition":{"title":"Transition","description":"How the clips meet: { type: cut } (the default) or { type: crossfade, duration: 0.5 }.","markdownDescription":"How the clips meet: `{ type: cut }` (the default) or `{ type: crossfade, duration: 0.5 }`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Transition type","description":"cut (a straight join, stream copy when the clips match) or crossfade (video and audio overlap by duration). Default: cut.","markdownDescription":"`cut` (a straight join, stream copy when the clips match) or `crossfade` (video and audio overlap by `duration`).\n\nDefault: `cut`.","enum":["cut","crossfade"],"markdownEnumDescriptions":["A straight join: one clip ends, the next begins (a stream copy when the clips match).","The clips overlap by `duration` seconds, video and sound."]},"duration":{"title":"Crossfade length","description":"Crossfade length in seconds, more than 0 and at most 5. The film is shorter by one overlap per join. Default: 0.5. Example: duration: 1","markdownDescription":"Crossfade length in seconds, more than `0` and at most `5`. The film is shorter by one overlap per join.\n\nDefault: `0.5`.\n\nExample: `duration: 1`","type":"number","exclusiveMinimum":0,"maximum":5,"defaultSnippets":[{"label":"1","markdownDescription":"1 second","body":1},{"label":"2","markdownDescription":"2 seconds","body":2}]}},"defaultSnippets":[{"label":"crossfade","markdownDescription":"Clips overlap by one second.","body":{"type":"crossfade","duration":"^${1:1}"}}]},"trim":{"title":"Trims","description":"Per-shot trims, by shot id: keep the part of the clip from start to end, in seconds.","markdownDescription":"Per-shot trims, by shot id: keep the part of the clip from `start` to `end`, in seconds.\n\nExample:\n\n```yaml\ntrim:\n  opening: { start: 0.5, end: 4 }\n```","type":"object","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","patternErrorMessage":"A shot id may use only lowercase letters a-z, digits 0-9, _ and -, must start with a letter or digit and be at most 64 characters long (e.g. wake-up or shot_2)."},"additionalProperties":{"title":"Trim","description":"Keep the part of the clip from start to end (seconds).","markdownDescription":"Keep the part of the clip from `start` to `end` (seconds).","type":"object","additionalProperties":false,"properties":{"start":{"title":"Trim start","description":"Seconds cut from the clip's beginning (0 or more). Default: 0. Example: start: 0.5","markdownDescription":"Seconds cut from the clip's beginning (`0` or more).\n\nDefault: `0`.\n\nExample: `start: 0.5`","type":"number","minimum":0,"defaultSnippets":[{"label":"0.5","markdownDescription":"cut the first half second","body":0.5},{"label":"1","markdownDescription":"cut the first second","body":1}]},"end":{"title":"Trim end","description":"Where the kept part ends, in seconds from the clip's start (more than start). Default: the clip's end. Example: end: 4","markdownDescription":"Where the kept part ends, in seconds from the clip's start (more than `start`).\n\nDefault: the clip's end.\n\nExample: `end: 4`","type":"number","exclusiveMinimum":0,"defaultSnippets":[{"label":"4","markdownDescription":"keep up to 4 s","body":4},{"label":"8","markdownDescription":"keep up to 8 s","body":8}]}}}},"audio":{"title":"Music bed","description":"A music bed mixed under the clips' own sound, as long as the film. Example: audio: { file: audio/theme.mp3, volume: 0.3 }","markdownDescription":"A music bed mixed under the clips' own sound, as long as the film.\n\nExample: `audio: { file: audio/theme.mp3, volume: 0.3 }`","type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"title":"Music file","description":"The audio file, relative to the manifest (wav, mp3, m4a, flac, ogg, …). Example: file: audio/theme.mp3","markdownDescription":"The audio file, relative to the manifest (wav, mp3, m4a, flac, ogg, …).\n\nExample: `file: audio/theme.mp3`","type":"string","minLength":1},"volume":{"title":"Music volume","description":"Gain of the music bed, 0..4 (1 = as is). Default: 0.3. Example: volume: 0.5","markdownDescription":"Gain of the music bed, `0`..`4` (`1` = as is).\n\nDefault: `0.3`.\n\nExample: `volume: 0.5`","type":"number","minimum":0,"maximum":4,"defaultSnippets":[{"label":"0.5","markdownDescription":"half as loud as the file","body":0.5},{"label":"1","markdownDescription":"as loud as the file","body":1}]}}},"loudness":{"title":"Loudness","description":"Level the whole film, music bed included, to this integrated loudness in LUFS (EBU R128) with ffmpeg's two-pass loudnorm: -16 for the web and phones, -23 for broadcast. The report and summary state the measured value. Default: left as made. Example: loudness: -16","markdownDescription":"Level the whole film, music bed included, to this integrated loudness in LUFS (EBU R128) with ffmpeg's two-pass `loudnorm`: `-16` for the web and phones, `-23` for broadcast. The report and summary state the measured value.\n\nDefault: left as made.\n\nExample: `loudness: -16`","type":"number","minimum":-70,"maximum":-5,"defaultSnippets":[{"label":"-16","markdownDescription":"the web, podcasts and phones","body":-16},{"label":"-23","markdownDescription":"broadcast (EBU R128)","body":-23}]},"size":{"title":"Film size","description":"Frame size of the film, WIDTHxHEIGHT; clips of another size are scaled to fit. Default: the first clip's size. Example: size: 1920x1080","markdownDescription":"Frame size of the film, `WIDTHxHEIGHT`; clips of another size are scaled to fit.\n\nDefault: the first clip's size.\n\nExample: `size: 1920x1080`","type":"string","pattern":"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"},"export":{"title":"Editor projects","description":"Editor projects of the cut written after every join, beside the film as <name>.mlt, .otio, .fcpxml, .edl (as seedance export writes them): mlt for Shotcut and Kdenlive, otio for DaVinci Resolve, fcpxml for Final Cut Pro, edl for any CMX3600 reader. Example: export: [mlt, otio]","markdownDescription":"Editor projects of the cut written after every join, beside the film as `<name>.mlt`, `.otio`, `.fcpxml`, `.edl` (as `seedance export` writes them): `mlt` for Shotcut and Kdenlive, `otio` for DaVinci Resolve, `fcpxml` for Final Cut Pro, `edl` for any CMX3600 reader.\n\nExample: `export: [mlt, otio]`","type":"array","uniqueItems":true,"items":{"enum":["mlt","otio","fcpxml","edl"],"markdownEnumDescriptions":["MLT XML: Shotcut opens it, Kdenlive adds it as a clip, `melt` renders it.","OpenTimelineIO (v0.17 schema): DaVinci Resolve imports it.","FCPXML 1.10: Final Cut Pro imports it (Premiere Pro only after conversion).","CMX3600 EDL: one track, no music bed; nearly every editor reads it."]}}},"defaultSnippets":[{"label":"Film order with crossfades","markdownDescription":"The shots in film order, joined with one-second crossfades.","body":{"shots":["${1:opening}","${2:close-up}"],"transition":{"type":"crossfade","duration":"^${3:1}"}}}]},"shot":{"title":"Shot","description":"One shot: one generation task and one clip.","markdownDescription":"One shot: one generation task and one clip.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"title":"Shot id","description":"The shot's name, unique in the storyboard: 1 to 64 lowercase letters (a-z), digits (0-9), _ and -, starting with a letter or digit. It names the output files (<id>.mp4) and is how other shots, concat.shots and seedance pick refer to the shot. Example: id: wake-up","markdownDescription":"The shot's name, unique in the storyboard: 1 to 64 lowercase letters (a-z), digits (0-9), `_` and `-`, starting with a letter or digit. It names the output files (`<id>.mp4`) and is how other shots, `concat.shots` and `seedance pick` refer to the shot.\n\nExample: `id: wake-up`","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","patternErrorMessage":"A shot id may use only lowercase letters a-z, digits 0-9, _ and -, must start with a letter or digit and be at most 64 characters long (e.g. wake-up or shot_2)."},"prompt":{"title":"Prompt","description":"What the shot shows: subject, action, camera, light, sound (at most 5000 characters). Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused). Use > for a long prompt over several lines. Example: prompt: A kitten stretches on a sunny windowsill, slow push-in","markdownDescription":"What the shot shows: subject, action, camera, light, sound (at most 5000 characters). Optional when the shot has images or videos; not allowed with `from_draft` (the draft's prompt is reused). Use `>` for a long prompt over several lines.\n\nExample: `prompt: A kitten stretches on a sunny windowsill, slow push-in`","type":"string","minLength":1,"maxLength":5000},"dialogue":{"title":"Dialogue","description":"The lines a character speaks in the shot: a list of lines, each the words or { line, speaker, language, start, end }. They go into the prompt as quoted speech (the service voices quoted lines when generate_audio is on) and into the film's subtitles (<film>.srt and .vtt beside it, and a subtitle track inside it), timed to where the shot sits in the film. Example: dialogue: [{ speaker: Anna, line: Is the kettle on? }]","markdownDescription":"The lines a character speaks in the shot: a list of lines, each the words or `{ line, speaker, language, start, end }`. They go into the prompt as quoted speech (the service voices quoted lines when `generate_audio` is on) and into the film's subtitles (`<film>.srt` and `.vtt` beside it, and a subtitle track inside it), timed to where the shot sits in the film.\n\nExample: `dialogue: [{ speaker: Anna, line: Is the kettle on? }]`","type":"array","minItems":1,"maxItems":20,"items":{"anyOf":[{"type":"string","minLength":1,"maxLength":500},{"$ref":"#/$defs/dialogueLine"}]}},"model":{"title":"Model","description":"Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id ep-… or a model newer than this tool passes with a warning and generic checks. Default: doubao-seedance-2.0 (api: native) or doubao-seedance-2 (api: openai).","markdownDescription":"Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id `ep-…` or a model newer than this tool passes with a warning and generic checks.\n\nDefault: `doubao-seedance-2.0` (`api: native`) or `doubao-seedance-2` (`api: openai`).","anyOf":[{"enum":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","dreamina-seedance-2-0-260128","doubao-seedance-2-0-fast-260128","dreamina-seedance-2-0-fast-260128","doubao-seedance-2-0-mini-260615","dreamina-seedance-2-0-mini-260615","doubao-seedance-1-5-pro-251215","doubao-seedance-1-0-pro-250528","doubao-seedance-1-0-pro-fast-251015","doubao-seedance-1-0-lite-t2v-250428","doubao-seedance-1-0-lite-i2v-250428"],"markdownEnumDescriptions":["**Seedance 2.0** · gateway name, native format · 480p/720p/1080p · 5–15 s · audio · drafts · reference videos","**Seedance 2.0 fast** · gateway name, native format · 480p/720p · 5–15 s · audio · drafts · reference videos","**Seedance 2.0** · gateway name, `api: openai` · up to 1080p · 4–15 s · audio · reference videos","**Seedance 2.0** · official id, native format · 480p/720p/1080p/4k · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0** · BytePlus id, native format · 480p/720p/1080p/4k · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 fast** · official id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 fast** · BytePlus id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 mini** · official id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 mini** · BytePlus id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 1.5 pro** · official id, native format · 480p/720p/1080p · 4–12 s or auto (-1) · audio · drafts","**Seedance 1.0 pro** · official id, native format · 480p/720p/1080p · 2–12 s or frames","**Seedance 1.0 pro fast** · official id, native format · 480p/720p/1080p · 2–12 s or frames","**Seedance 1.0 lite (text to video)** · official id, native format · 480p/720p/1080p · 2–12 s or frames · text only","**Seedance 1.0 lite (image to video)** · official id, native format · 480p/720p/1080p · 2–12 s or frames · needs an image"]},{"type":"string","minLength":1}]},"resolution":{"title":"Resolution","description":"Output resolution (api: native; with api: openai use size). Higher costs more tokens: tokens grow with the pixel count. Default: 720p. A draft: true shot is always 480p.","markdownDescription":"Output resolution (`api: native`; with `api: openai` use `size`). Higher costs more tokens: tokens grow with the pixel count.\n\nDefault: `720p`. A `draft: true` shot is always `480p`.","enum":["480p","720p","1080p","4k"],"markdownEnumDescriptions":["The cheapest; every draft is 480p. Every model.","The default. Every model.","Full HD. Models: 2.0, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","The most detailed and the dearest; H.265. Models: 2.0 (official ids)."]},"ratio":{"title":"Aspect ratio","description":"Aspect ratio of the clip (api: native). Quote it in YAML, or it is read as a number: ratio: \"16:9\". Default: \"16:9\".","markdownDescription":"Aspect ratio of the clip (`api: native`). Quote it in YAML, or it is read as a number: `ratio: \"16:9\"`.\n\nDefault: `\"16:9\"`.","enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"markdownEnumDescriptions":["Landscape, the default. Every model.","Classic TV. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Square. Every model.","Portrait photo. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Vertical, for phones. Every model.","Cinema wide screen. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Follows the first frame or reference image. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video)."]},"duration":{"title":"Duration (seconds)","description":"Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or -1 (the model chooses), 1.5 pro 4..12 or -1, the 1.0 series 2..12 (or use frames), api: openai 4..15. seedance validate checks it against the model. Default: the model's own (5 s; 4 s with api: openai). Example: duration: 10","markdownDescription":"Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or `-1` (the model chooses), 1.5 pro 4..12 or `-1`, the 1.0 series 2..12 (or use `frames`), `api: openai` 4..15. `seedance validate` checks it against the model.\n\nDefault: the model's own (5 s; 4 s with `api: openai`).\n\nExample: `duration: 10`","type":"integer","minimum":-1,"maximum":15,"defaultSnippets":[{"label":"8","markdownDescription":"8 seconds","body":8},{"label":"10","markdownDescription":"10 seconds","body":10},{"label":"12","markdownDescription":"12 seconds","body":12}]},"seed":{"title":"Seed","description":"Random seed, -1..4294967295. The same seed and inputs give a similar clip; -1 lets the service pick. seedance pin writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use takes: to get a choice. Default: -1 (random).","markdownDescription":"Random seed, `-1`..`4294967295`. The same seed and inputs give a similar clip; `-1` lets the service pick. `seedance pin` writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use `takes:` to get a choice.\n\nDefault: `-1` (random).","type":"integer","minimum":-1,"maximum":4294967295,"defaultSnippets":[{"label":"42","markdownDescription":"a fixed seed","body":42},{"label":"1234567","markdownDescription":"another fixed seed","body":1234567}]},"generate_audio":{"title":"Generate audio","description":"Make a synchronized sound track with the clip: true or false (2.0 and 1.5 pro only). Default: the model's own (on for official 2.0 ids, off for the gateway names).","markdownDescription":"Make a synchronized sound track with the clip: `true` or `false` (2.0 and 1.5 pro only).\n\nDefault: the model's own (on for official 2.0 ids, off for the gateway names).","type":"boolean"},"watermark":{"title":"Watermark","description":"Put the \"AI generated\" watermark on the clip: true or false (api: native only). Default: false.","markdownDescription":"Put the \"AI generated\" watermark on the clip: `true` or `false` (`api: native` only).\n\nDefault: `false`.","type":"boolean"},"return_last_frame":{"title":"Return last frame","description":"Ask the service for the clip's last frame as a PNG (api: native). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write return_last_frame: false to have the frame taken from the clip instead. Default: true (false for drafts).","markdownDescription":"Ask the service for the clip's last frame as a PNG (`api: native`). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write `return_last_frame: false` to have the frame taken from the clip instead.\n\nDefault: `true` (`false` for drafts).","type":"boolean"},"camera_fixed":{"title":"Fixed camera","description":"Keep the camera still: true or false (1.0 series and 1.5 pro; not 2.0). Default: off.","markdownDescription":"Keep the camera still: `true` or `false` (1.0 series and 1.5 pro; not 2.0).\n\nDefault: off.","type":"boolean"},"service_tier":{"title":"Service tier","description":"How the service schedules the task: default (online) or flex (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini). Default: default.","markdownDescription":"How the service schedules the task: `default` (online) or `flex` (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini).\n\nDefault: `default`.","enum":["default","flex"],"markdownEnumDescriptions":["Online: the task starts as soon as the service has a slot.","Half price, run offline when the service has room (it can take hours); not on the 2.0 series (2.0, fast and mini)."]},"execution_expires_after":{"title":"Expires after (seconds)","description":"Seconds a task may stay queued or running at the service before it is given up as expired: 3600..259200 (1 hour to 3 days). Default: 172800 (2 days). Example: execution_expires_after: 86400","markdownDescription":"Seconds a task may stay queued or running at the service before it is given up as `expired`: `3600`..`259200` (1 hour to 3 days).\n\nDefault: `172800` (2 days).\n\nExample: `execution_expires_after: 86400`","type":"integer","minimum":3600,"maximum":259200,"defaultSnippets":[{"label":"3600","markdownDescription":"1 hour","body":3600},{"label":"86400","markdownDescription":"1 day","body":86400},{"label":"259200","markdownDescription":"3 days","body":259200}]},"frames":{"title":"Frames","description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, from 29 to 289 (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with duration. Example: frames: 121 (about 5 s)","markdownDescription":"Length in frames instead of seconds (1.0 series only): `25 + 4n`, from `29` to `289` (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with `duration`.\n\nExample: `frames: 121` (about 5 s)","type":"integer","minimum":29,"maximum":289,"defaultSnippets":[{"label":"121","markdownDescription":"121 frames, about 5 s","body":121},{"label":"241","markdownDescription":"241 frames, about 10 s","body":241}]},"priority":{"title":"Priority","description":"Queue priority among your own tasks on the account's endpoint, 0..9 (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with service_tier: flex. Default: 0.","markdownDescription":"Queue priority among your own tasks on the account's endpoint, `0`..`9` (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with `service_tier: flex`.\n\nDefault: `0`.","type":"integer","minimum":0,"maximum":9,"defaultSnippets":[{"label":"5","markdownDescription":"ahead of priority 0..4","body":5},{"label":"9","markdownDescription":"the highest","body":9}]},"tools":{"title":"Tools","description":"Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names: The searches made are counted in the task's usage.","markdownDescription":"Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names:\n\n```yaml\ntools: [{ type: web_search }]\n```\n\nThe searches made are counted in the task's usage.","type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","description":"A tool: { type: web_search }.","markdownDescription":"A tool: `{ type: web_search }`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Tool type","description":"web_search: the model may search the web for what the prompt names.","markdownDescription":"`web_search`: the model may search the web for what the prompt names.","enum":["web_search"],"markdownEnumDescriptions":["The model may search the web for what the prompt names."]}}}},"safety_identifier":{"title":"Safety identifier","description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it. Example: safety_identifier: 5f2b9c0e","markdownDescription":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it.\n\nExample: `safety_identifier: 5f2b9c0e`","type":"string","minLength":1,"maxLength":64},"callback_url":{"title":"Callback URL","description":"An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it. Example: callback_url: https://example.com/seedance-hook","markdownDescription":"An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it.\n\nExample: `callback_url: https://example.com/seedance-hook`","type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$","patternErrorMessage":"callback_url must be an http(s) URL, such as https://example.com/seedance-hook."},"size":{"title":"Size (api: openai)","description":"Output size for api: openai, WIDTHxHEIGHT. With api: native use resolution and ratio instead. Default: 1280x720.","markdownDescription":"Output size for `api: openai`, `WIDTHxHEIGHT`. With `api: native` use `resolution` and `ratio` instead.\n\nDefault: `1280x720`.","enum":["1280x720","720x1080","1920x1080","1080x1920"],"markdownEnumDescriptions":["Landscape 720p (16:9).","Portrait, 720 wide and 1080 high.","Landscape 1080p (16:9).","Portrait 1080p (9:16)."]},"draft":{"title":"Draft","description":"Make a cheap 480p draft of the shot first; a later shot with from_draft: <this id> turns it into the final video. Drafts are left out of the film. api: native only, and only on models that make drafts. Default: false.","markdownDescription":"Make a cheap `480p` draft of the shot first; a later shot with `from_draft: <this id>` turns it into the final video. Drafts are left out of the film. `api: native` only, and only on models that make drafts.\n\nDefault: `false`.","type":"boolean"},"from_draft":{"title":"From draft","description":"The id of a draft: true shot: this shot is that draft made final (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused, and its model makes the final: leave model off. Example: from_draft: garden-draft","markdownDescription":"The id of a `draft: true` shot: this shot is that draft made final (content type `draft_task`). The draft's prompt, images, seed, ratio, duration and audio setting are reused, and its model makes the final: leave `model` off.\n\nExample: `from_draft: garden-draft`","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","patternErrorMessage":"A shot id may use only lowercase letters a-z, digits 0-9, _ and -, must start with a letter or digit and be at most 64 characters long (e.g. wake-up or shot_2)."},"first_frame":{"title":"First frame","description":"The image the clip starts on: a file path relative to the manifest, an http(s) URL, asset://ID or a data: URI. Or { shot: <id> } to start on that shot's last frame, chaining the two shots so the film flows. Example: first_frame: { shot: wake-up }","markdownDescription":"The image the clip starts on: a file path relative to the manifest, an http(s) URL, `asset://ID` or a `data:` URI. Or `{ shot: <id> }` to start on that shot's last frame, chaining the two shots so the film flows.\n\nExample: `first_frame: { shot: wake-up }`","$ref":"#/$defs/media"},"last_frame":{"title":"Last frame","description":"The image the clip ends on (same forms as first_frame, including { shot: <id> }). Needs first_frame. Example: last_frame: images/garden.png","markdownDescription":"The image the clip ends on (same forms as `first_frame`, including `{ shot: <id> }`). Needs `first_frame`.\n\nExample: `last_frame: images/garden.png`","$ref":"#/$defs/media"},"reference_images":{"title":"Reference images","description":"Images the model takes people, products, places or a style from (1..9 on 2.0; 1..4 on 1.0 lite i2v), each a file, URL, asset://ID, data: URI or { shot: <id> } (that shot's last frame). Not together with first_frame/last_frame.","markdownDescription":"Images the model takes people, products, places or a style from (1..9 on 2.0; 1..4 on 1.0 lite i2v), each a file, URL, `asset://ID`, `data:` URI or `{ shot: <id> }` (that shot's last frame). Not together with `first_frame`/`last_frame`.\n\nExample:\n\n```yaml\nreference_images:\n  - images/hero.png\n  - { shot: opening }\n```","type":"array","minItems":1,"maxItems":9,"items":{"$ref":"#/$defs/media"}},"reference_videos":{"title":"Reference videos","description":"Videos the model takes motion, camera work or a look from (2.0 only; at most 3, 2..15 s each, 15 s together): http(s) URLs or asset:// ids, or { shot: <id> } for that shot's video. The service takes no uploaded video files, so local paths are refused. Their seconds are billed as input. Example: reference_videos: [{ shot: opening }]","markdownDescription":"Videos the model takes motion, camera work or a look from (2.0 only; at most 3, 2..15 s each, 15 s together): http(s) URLs or `asset://` ids, or `{ shot: <id> }` for that shot's video. The service takes no uploaded video files, so local paths are refused. Their seconds are billed as input.\n\nExample: `reference_videos: [{ shot: opening }]`","type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"}},"reference_audio":{"title":"Reference audio","description":"Sound the model takes voice, music or rhythm from (2.0 api: native only; at most 3 clips, 2..15 s each, 15 s together): files, URLs, asset:// ids or data: URIs. Needs a reference image or video beside it. Example: reference_audio: [audio/jingle.mp3]","markdownDescription":"Sound the model takes voice, music or rhythm from (2.0 `api: native` only; at most 3 clips, 2..15 s each, 15 s together): files, URLs, `asset://` ids or `data:` URIs. Needs a reference image or video beside it.\n\nExample: `reference_audio: [audio/jingle.mp3]`","type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"}},"retries":{"title":"Retries","description":"How many times to resubmit the shot when its task ends failed for another reason than the content policy (that is refusals:), 0..10. A task that expired at the service, or one it no longer knows, is resubmitted once on top of these. Default: 0. Example: retries: 2","markdownDescription":"How many times to resubmit the shot when its task ends `failed` for another reason than the content policy (that is `refusals:`), `0`..`10`. A task that expired at the service, or one it no longer knows, is resubmitted once on top of these.\n\nDefault: `0`.\n\nExample: `retries: 2`","type":"integer","minimum":0,"maximum":10,"defaultSnippets":[{"label":"1","markdownDescription":"once more","body":1},{"label":"2","markdownDescription":"twice more","body":2}]},"takes":{"title":"Takes","description":"How many takes (tasks) to make of the shot, 1..10, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; take: picks the one the film and the shots after it use. Each take is billed. Default: 1. Example: takes: 3","markdownDescription":"How many takes (tasks) to make of the shot, `1`..`10`, each with its own seed (`seed + i - 1` where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Each take is billed.\n\nDefault: `1`.\n\nExample: `takes: 3`","type":"integer","minimum":1,"maximum":10,"defaultSnippets":[{"label":"2","markdownDescription":"2 takes","body":2},{"label":"3","markdownDescription":"3 takes","body":3}]},"take":{"title":"Take","description":"Which take (1-based, at most takes:) the film and the shots chained from this one use. seedance pick <manifest> <shot> <K> and seedance review write it. Default: 1. Example: take: 2","markdownDescription":"Which take (`1`-based, at most `takes:`) the film and the shots chained from this one use. `seedance pick <manifest> <shot> <K>` and `seedance review` write it.\n\nDefault: `1`.\n\nExample: `take: 2`","type":"integer","minimum":1,"maximum":10,"defaultSnippets":[{"label":"2","markdownDescription":"the second take","body":2},{"label":"3","markdownDescription":"the third take","body":3}]},"refusals":{"title":"Refusals","description":"How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, 0..10. Refusals are not billed, and the same prompt often passes on a second try. Never for a …PrivacyInformation refusal (a real person in a reference image: retrying cannot help). Separate from retries:. Default: 0. Example: refusals: 2","markdownDescription":"How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, `0`..`10`. Refusals are not billed, and the same prompt often passes on a second try. Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Separate from `retries:`.\n\nDefault: `0`.\n\nExample: `refusals: 2`","type":"integer","minimum":0,"maximum":10,"defaultSnippets":[{"label":"1","markdownDescription":"once more","body":1},{"label":"2","markdownDescription":"twice more","body":2}]}},"defaultSnippets":[{"label":"Shot","markdownDescription":"A shot: an id and a prompt.","body":{"id":"${1:wide}","prompt":"${2:What the shot shows}"}},{"label":"Chained shot","markdownDescription":"A shot that starts on the last frame of the shot before (`first_frame: { shot: … }`), so the film flows.","body":{"id":"${1:close-up}","prompt":"${2:What happens next}","first_frame":{"shot":"${3:opening}"}}}]},"media":{"title":"Media","description":"A media input: a file path relative to the manifest, an http(s) URL, asset://ID, a data: URI, or { shot: <id> } to use another shot's output.","markdownDescription":"A media input: a file path relative to the manifest, an http(s) URL, `asset://ID`, a `data:` URI, or `{ shot: <id> }` to use another shot's output.","defaultSnippets":[{"label":"{ shot: … }","markdownDescription":"Another shot's output: its last frame in an image slot, its video in `reference_videos`. Chains the two shots.","bodyText":"{ shot: ${1:previous-shot} }"}],"oneOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/shotOutput"}]},"shotOutput":{"type":"object","additionalProperties":false,"required":["shot"],"properties":{"shot":{"title":"Shot","description":"The id of the shot whose output is used: its last frame in an image slot, its video in reference_videos. Example: { shot: wake-up }","markdownDescription":"The id of the shot whose output is used: its last frame in an image slot, its video in `reference_videos`.\n\nExample: `{ shot: wake-up }`","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","patternErrorMessage":"A shot id may use only lowercase letters a-z, digits 0-9, _ and -, must start with a letter or digit and be at most 64 characters long (e.g. wake-up or shot_2)."}}},"priceTable":{"type":"object","additionalProperties":false,"required":["currency","per_million_tokens"],"properties":{"currency":{"title":"Currency","description":"ISO 4217 code of the figures: three capital letters. Example: currency: USD","markdownDescription":"ISO 4217 code of the figures: three capital letters.\n\nExample: `currency: USD`","type":"string","pattern":"^[A-Z]{3}$","patternErrorMessage":"A currency is an ISO 4217 code: three capital letters, such as USD or CNY."},"per_million_tokens":{"title":"Price per million tokens","description":"Price per million tokens, by model id (as written in the manifest, or the versioned id the service reports): one number, or one per resolution.","markdownDescription":"Price per million tokens, by model id (as written in the manifest, or the versioned id the service reports): one number, or one per resolution.\n\nExample:\n\n```yaml\nper_million_tokens:\n  doubao-seedance-2.0: 7.0\n  doubao-seedance-2-fast: { 480p: 3.0, 720p: 5.6 }\n```","type":"object","minProperties":1,"propertyNames":{"minLength":1},"additionalProperties":{"title":"Price of this model","description":"Price of this model: one number for every resolution, or one per resolution.","markdownDescription":"Price of this model: one number for every resolution, or one per resolution (`{ 480p: 3.0, 720p: 5.6 }`).","oneOf":[{"type":"number","minimum":0},{"$ref":"#/$defs/rateByResolution"}]}},"with_video_input":{"title":"Price with video input","description":"Price per million tokens for tasks with reference videos, by model id, in the same forms as per_million_tokens. Default: the per_million_tokens price.","markdownDescription":"Price per million tokens for tasks with reference videos, by model id, in the same forms as `per_million_tokens`.\n\nDefault: the `per_million_tokens` price.","type":"object","propertyNames":{"minLength":1},"additionalProperties":{"title":"Price of this model with video input","description":"Price of this model with video input: one number for every resolution, or one per resolution.","markdownDescription":"Price of this model with video input: one number for every resolution, or one per resolution (`{ 480p: 3.0, 720p: 5.6 }`).","oneOf":[{"type":"number","minimum":0},{"$ref":"#/$defs/rateByResolution"}]}}}},"rateByResolution":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"480p":{"title":"Price at 480p","description":"Price per million tokens at 480p. Example: 480p: 7.0","markdownDescription":"Price per million tokens at `480p`.\n\nExample: `480p: 7.0`","type":"number","minimum":0,"defaultSnippets":[{"label":"1","markdownDescription":"1.0 per million tokens","body":1},{"label":"5","markdownDescription":"5.0 per million tokens","body":5}]},"720p":{"title":"Price at 720p","description":"Price per million tokens at 720p. Example: 720p: 7.0","markdownDescription":"Price per million tokens at `720p`.\n\nExample: `720p: 7.0`","type":"number","minimum":0,"defaultSnippets":[{"label":"1","markdownDescription":"1.0 per million tokens","body":1},{"label":"5","markdownDescription":"5.0 per million tokens","body":5}]},"1080p":{"title":"Price at 1080p","description":"Price per million tokens at 1080p. Example: 1080p: 7.0","markdownDescription":"Price per million tokens at `1080p`.\n\nExample: `1080p: 7.0`","type":"number","minimum":0,"defaultSnippets":[{"label":"1","markdownDescription":"1.0 per million tokens","body":1},{"label":"5","markdownDescription":"5.0 per million tokens","body":5}]},"4k":{"title":"Price at 4k","description":"Price per million tokens at 4k. Example: 4k: 7.0","markdownDescription":"Price per million tokens at `4k`.\n\nExample: `4k: 7.0`","type":"number","minimum":0,"defaultSnippets":[{"label":"1","markdownDescription":"1.0 per million tokens","body":1},{"label":"5","markdownDescription":"5.0 per million tokens","body":5}]}}},"dialogueLine":{"title":"Dialogue line","description":"One spoken line: the words, and optionally who says them, their language and when within the clip.","markdownDescription":"One spoken line: the words, and optionally who says them, their language and when within the clip.\n\nExample: `{ speaker: Anna, line: Is the kettle on?, language: en }`","type":"object","additionalProperties":false,"required":["line"],"properties":{"line":{"title":"Line","description":"The words spoken, as they should appear in the subtitles (at most 500 characters). Example: line: Is the kettle on?","markdownDescription":"The words spoken, as they should appear in the subtitles (at most 500 characters).\n\nExample: `line: Is the kettle on?`","type":"string","minLength":1,"maxLength":500},"speaker":{"title":"Speaker","description":"Who speaks the line: put in the prompt (\"Anna says: …\") and in the subtitles (a WebVTT voice, \"Anna: \" in SRT). Example: speaker: Anna","markdownDescription":"Who speaks the line: put in the prompt (`Anna says: \"…\"`) and in the subtitles (a WebVTT voice, `Anna: ` in SRT).\n\nExample: `speaker: Anna`","type":"string","minLength":1,"maxLength":64},"language":{"title":"Language","description":"The line's language as a BCP 47 tag (en, fr, zh-Hans, pt-BR). Each language gets a subtitle track and files of its own. Default: the other lines' language, else none.","markdownDescription":"The line's language as a BCP 47 tag (`en`, `fr`, `zh-Hans`, `pt-BR`). Each language gets a subtitle track and files of its own.\n\nDefault: the other lines' language, else none.","type":"string","pattern":"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$","patternErrorMessage":"A BCP 47 language tag such as en, fr, zh-Hans or pt-BR."},"start":{"title":"Line start","description":"When the line begins, in seconds within the clip (before any trim). Default: the lines of a shot share its time on screen evenly. Example: start: 1.5","markdownDescription":"When the line begins, in seconds within the clip (before any trim).\n\nDefault: the lines of a shot share its time on screen evenly.\n\nExample: `start: 1.5`","type":"number","minimum":0,"defaultSnippets":[{"label":"1","markdownDescription":"one second into the clip","body":1}]},"end":{"title":"Line end","description":"When the line ends, in seconds within the clip. Default: where the next line starts, else the shot's end on screen. Example: end: 3","markdownDescription":"When the line ends, in seconds within the clip.\n\nDefault: where the next line starts, else the shot's end on screen.\n\nExample: `end: 3`","type":"number","exclusiveMinimum":0,"defaultSnippets":[{"label":"3","markdownDescription":"three seconds into the clip","body":3}]}}}},"defaultSnippets":[{"label":"New storyboard","markdownDescription":"A new storyboard: `version: 1` and a first shot with an id and a prompt.","body":{"version":1,"shots":[{"id":"${1:opening}","prompt":"${2:A kitten wakes up on a sunny windowsill}"}]}},{"label":"Concat section","markdownDescription":"Join the shots into one film, in this order, with crossfades.","body":{"concat":{"shots":["${1:opening}","${2:close-up}"],"transition":{"type":"crossfade","duration":"^${3:1}"}}}}]};
const schema35 = {"title":"Generation settings","description":"Generation settings: model, resolution, ratio, duration, seed, audio and the rest.","markdownDescription":"Generation settings: model, resolution, ratio, duration, seed, audio and the rest.","type":"object","additionalProperties":false,"properties":{"model":{"title":"Model","description":"Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id ep-… or a model newer than this tool passes with a warning and generic checks. Default: doubao-seedance-2.0 (api: native) or doubao-seedance-2 (api: openai).","markdownDescription":"Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id `ep-…` or a model newer than this tool passes with a warning and generic checks.\n\nDefault: `doubao-seedance-2.0` (`api: native`) or `doubao-seedance-2` (`api: openai`).","anyOf":[{"enum":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","dreamina-seedance-2-0-260128","doubao-seedance-2-0-fast-260128","dreamina-seedance-2-0-fast-260128","doubao-seedance-2-0-mini-260615","dreamina-seedance-2-0-mini-260615","doubao-seedance-1-5-pro-251215","doubao-seedance-1-0-pro-250528","doubao-seedance-1-0-pro-fast-251015","doubao-seedance-1-0-lite-t2v-250428","doubao-seedance-1-0-lite-i2v-250428"],"markdownEnumDescriptions":["**Seedance 2.0** · gateway name, native format · 480p/720p/1080p · 5–15 s · audio · drafts · reference videos","**Seedance 2.0 fast** · gateway name, native format · 480p/720p · 5–15 s · audio · drafts · reference videos","**Seedance 2.0** · gateway name, `api: openai` · up to 1080p · 4–15 s · audio · reference videos","**Seedance 2.0** · official id, native format · 480p/720p/1080p/4k · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0** · BytePlus id, native format · 480p/720p/1080p/4k · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 fast** · official id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 fast** · BytePlus id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 mini** · official id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 mini** · BytePlus id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 1.5 pro** · official id, native format · 480p/720p/1080p · 4–12 s or auto (-1) · audio · drafts","**Seedance 1.0 pro** · official id, native format · 480p/720p/1080p · 2–12 s or frames","**Seedance 1.0 pro fast** · official id, native format · 480p/720p/1080p · 2–12 s or frames","**Seedance 1.0 lite (text to video)** · official id, native format · 480p/720p/1080p · 2–12 s or frames · text only","**Seedance 1.0 lite (image to video)** · official id, native format · 480p/720p/1080p · 2–12 s or frames · needs an image"]},{"type":"string","minLength":1}]},"resolution":{"title":"Resolution","description":"Output resolution (api: native; with api: openai use size). Higher costs more tokens: tokens grow with the pixel count. Default: 720p. A draft: true shot is always 480p.","markdownDescription":"Output resolution (`api: native`; with `api: openai` use `size`). Higher costs more tokens: tokens grow with the pixel count.\n\nDefault: `720p`. A `draft: true` shot is always `480p`.","enum":["480p","720p","1080p","4k"],"markdownEnumDescriptions":["The cheapest; every draft is 480p. Every model.","The default. Every model.","Full HD. Models: 2.0, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","The most detailed and the dearest; H.265. Models: 2.0 (official ids)."]},"ratio":{"title":"Aspect ratio","description":"Aspect ratio of the clip (api: native). Quote it in YAML, or it is read as a number: ratio: \"16:9\". Default: \"16:9\".","markdownDescription":"Aspect ratio of the clip (`api: native`). Quote it in YAML, or it is read as a number: `ratio: \"16:9\"`.\n\nDefault: `\"16:9\"`.","enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"markdownEnumDescriptions":["Landscape, the default. Every model.","Classic TV. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Square. Every model.","Portrait photo. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Vertical, for phones. Every model.","Cinema wide screen. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Follows the first frame or reference image. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video)."]},"duration":{"title":"Duration (seconds)","description":"Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or -1 (the model chooses), 1.5 pro 4..12 or -1, the 1.0 series 2..12 (or use frames), api: openai 4..15. seedance validate checks it against the model. Default: the model's own (5 s; 4 s with api: openai). Example: duration: 10","markdownDescription":"Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or `-1` (the model chooses), 1.5 pro 4..12 or `-1`, the 1.0 series 2..12 (or use `frames`), `api: openai` 4..15. `seedance validate` checks it against the model.\n\nDefault: the model's own (5 s; 4 s with `api: openai`).\n\nExample: `duration: 10`","type":"integer","minimum":-1,"maximum":15,"defaultSnippets":[{"label":"8","markdownDescription":"8 seconds","body":8},{"label":"10","markdownDescription":"10 seconds","body":10},{"label":"12","markdownDescription":"12 seconds","body":12}]},"seed":{"title":"Seed","description":"Random seed, -1..4294967295. The same seed and inputs give a similar clip; -1 lets the service pick. seedance pin writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use takes: to get a choice. Default: -1 (random).","markdownDescription":"Random seed, `-1`..`4294967295`. The same seed and inputs give a similar clip; `-1` lets the service pick. `seedance pin` writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use `takes:` to get a choice.\n\nDefault: `-1` (random).","type":"integer","minimum":-1,"maximum":4294967295,"defaultSnippets":[{"label":"42","markdownDescription":"a fixed seed","body":42},{"label":"1234567","markdownDescription":"another fixed seed","body":1234567}]},"generate_audio":{"title":"Generate audio","description":"Make a synchronized sound track with the clip: true or false (2.0 and 1.5 pro only). Default: the model's own (on for official 2.0 ids, off for the gateway names).","markdownDescription":"Make a synchronized sound track with the clip: `true` or `false` (2.0 and 1.5 pro only).\n\nDefault: the model's own (on for official 2.0 ids, off for the gateway names).","type":"boolean"},"watermark":{"title":"Watermark","description":"Put the \"AI generated\" watermark on the clip: true or false (api: native only). Default: false.","markdownDescription":"Put the \"AI generated\" watermark on the clip: `true` or `false` (`api: native` only).\n\nDefault: `false`.","type":"boolean"},"return_last_frame":{"title":"Return last frame","description":"Ask the service for the clip's last frame as a PNG (api: native). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write return_last_frame: false to have the frame taken from the clip instead. Default: true (false for drafts).","markdownDescription":"Ask the service for the clip's last frame as a PNG (`api: native`). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write `return_last_frame: false` to have the frame taken from the clip instead.\n\nDefault: `true` (`false` for drafts).","type":"boolean"},"camera_fixed":{"title":"Fixed camera","description":"Keep the camera still: true or false (1.0 series and 1.5 pro; not 2.0). Default: off.","markdownDescription":"Keep the camera still: `true` or `false` (1.0 series and 1.5 pro; not 2.0).\n\nDefault: off.","type":"boolean"},"service_tier":{"title":"Service tier","description":"How the service schedules the task: default (online) or flex (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini). Default: default.","markdownDescription":"How the service schedules the task: `default` (online) or `flex` (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini).\n\nDefault: `default`.","enum":["default","flex"],"markdownEnumDescriptions":["Online: the task starts as soon as the service has a slot.","Half price, run offline when the service has room (it can take hours); not on the 2.0 series (2.0, fast and mini)."]},"execution_expires_after":{"title":"Expires after (seconds)","description":"Seconds a task may stay queued or running at the service before it is given up as expired: 3600..259200 (1 hour to 3 days). Default: 172800 (2 days). Example: execution_expires_after: 86400","markdownDescription":"Seconds a task may stay queued or running at the service before it is given up as `expired`: `3600`..`259200` (1 hour to 3 days).\n\nDefault: `172800` (2 days).\n\nExample: `execution_expires_after: 86400`","type":"integer","minimum":3600,"maximum":259200,"defaultSnippets":[{"label":"3600","markdownDescription":"1 hour","body":3600},{"label":"86400","markdownDescription":"1 day","body":86400},{"label":"259200","markdownDescription":"3 days","body":259200}]},"frames":{"title":"Frames","description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, from 29 to 289 (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with duration. Example: frames: 121 (about 5 s)","markdownDescription":"Length in frames instead of seconds (1.0 series only): `25 + 4n`, from `29` to `289` (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with `duration`.\n\nExample: `frames: 121` (about 5 s)","type":"integer","minimum":29,"maximum":289,"defaultSnippets":[{"label":"121","markdownDescription":"121 frames, about 5 s","body":121},{"label":"241","markdownDescription":"241 frames, about 10 s","body":241}]},"priority":{"title":"Priority","description":"Queue priority among your own tasks on the account's endpoint, 0..9 (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with service_tier: flex. Default: 0.","markdownDescription":"Queue priority among your own tasks on the account's endpoint, `0`..`9` (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with `service_tier: flex`.\n\nDefault: `0`.","type":"integer","minimum":0,"maximum":9,"defaultSnippets":[{"label":"5","markdownDescription":"ahead of priority 0..4","body":5},{"label":"9","markdownDescription":"the highest","body":9}]},"tools":{"title":"Tools","description":"Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names: The searches made are counted in the task's usage.","markdownDescription":"Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names:\n\n```yaml\ntools: [{ type: web_search }]\n```\n\nThe searches made are counted in the task's usage.","type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","description":"A tool: { type: web_search }.","markdownDescription":"A tool: `{ type: web_search }`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Tool type","description":"web_search: the model may search the web for what the prompt names.","markdownDescription":"`web_search`: the model may search the web for what the prompt names.","enum":["web_search"],"markdownEnumDescriptions":["The model may search the web for what the prompt names."]}}}},"safety_identifier":{"title":"Safety identifier","description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it. Example: safety_identifier: 5f2b9c0e","markdownDescription":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it.\n\nExample: `safety_identifier: 5f2b9c0e`","type":"string","minLength":1,"maxLength":64},"callback_url":{"title":"Callback URL","description":"An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it. Example: callback_url: https://example.com/seedance-hook","markdownDescription":"An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it.\n\nExample: `callback_url: https://example.com/seedance-hook`","type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$","patternErrorMessage":"callback_url must be an http(s) URL, such as https://example.com/seedance-hook."},"size":{"title":"Size (api: openai)","description":"Output size for api: openai, WIDTHxHEIGHT. With api: native use resolution and ratio instead. Default: 1280x720.","markdownDescription":"Output size for `api: openai`, `WIDTHxHEIGHT`. With `api: native` use `resolution` and `ratio` instead.\n\nDefault: `1280x720`.","enum":["1280x720","720x1080","1920x1080","1080x1920"],"markdownEnumDescriptions":["Landscape 720p (16:9).","Portrait, 720 wide and 1080 high.","Landscape 1080p (16:9).","Portrait 1080p (9:16)."]},"takes":{"title":"Takes","description":"How many takes (tasks) to make of the shot, 1..10, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; take: picks the one the film and the shots after it use. Each take is billed. Default: 1. Example: takes: 3","markdownDescription":"How many takes (tasks) to make of the shot, `1`..`10`, each with its own seed (`seed + i - 1` where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Each take is billed.\n\nDefault: `1`.\n\nExample: `takes: 3`","type":"integer","minimum":1,"maximum":10,"defaultSnippets":[{"label":"2","markdownDescription":"2 takes","body":2},{"label":"3","markdownDescription":"3 takes","body":3}]},"refusals":{"title":"Refusals","description":"How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, 0..10. Refusals are not billed, and the same prompt often passes on a second try. Never for a …PrivacyInformation refusal (a real person in a reference image: retrying cannot help). Separate from retries:. Default: 0. Example: refusals: 2","markdownDescription":"How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, `0`..`10`. Refusals are not billed, and the same prompt often passes on a second try. Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Separate from `retries:`.\n\nDefault: `0`.\n\nExample: `refusals: 2`","type":"integer","minimum":0,"maximum":10,"defaultSnippets":[{"label":"1","markdownDescription":"once more","body":1},{"label":"2","markdownDescription":"twice more","body":2}]}}};
const schema40 = {"title":"Concat","description":"Join the clips into one film after the shots are made.","markdownDescription":"Join the clips into one film after the shots are made.","type":"object","additionalProperties":false,"properties":{"output":{"title":"Film file","description":"File name of the film, relative to the output folder; a video name (.mp4, .mov, …). Default: final.mp4. Example: output: kitten-morning.mp4","markdownDescription":"File name of the film, relative to the output folder; a video name (`.mp4`, `.mov`, …).\n\nDefault: `final.mp4`.\n\nExample: `output: kitten-morning.mp4`","type":"string","minLength":1},"shots":{"title":"Film order","description":"Shot ids in film order; a shot may be left out or repeated. Default: every shot that is not a draft, in manifest order. Example: shots: [opening, garden, window]","markdownDescription":"Shot ids in film order; a shot may be left out or repeated.\n\nDefault: every shot that is not a draft, in manifest order.\n\nExample: `shots: [opening, garden, window]`","type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","patternErrorMessage":"A shot id may use only lowercase letters a-z, digits 0-9, _ and -, must start with a letter or digit and be at most 64 characters long (e.g. wake-up or shot_2)."}},"transition":{"title":"Transition","description":"How the clips meet: { type: cut } (the default) or { type: crossfade, duration: 0.5 }.","markdownDescription":"How the clips meet: `{ type: cut }` (the default) or `{ type: crossfade, duration: 0.5 }`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Transition type","description":"cut (a straight join, stream copy when the clips match) or crossfade (video and audio overlap by duration). Default: cut.","markdownDescription":"`cut` (a straight join, stream copy when the clips match) or `crossfade` (video and audio overlap by `duration`).\n\nDefault: `cut`.","enum":["cut","crossfade"],"markdownEnumDescriptions":["A straight join: one clip ends, the next begins (a stream copy when the clips match).","The clips overlap by `duration` seconds, video and sound."]},"duration":{"title":"Crossfade length","description":"Crossfade length in seconds, more than 0 and at most 5. The film is shorter by one overlap per join. Default: 0.5. Example: duration: 1","markdownDescription":"Crossfade length in seconds, more than `0` and at most `5`. The film is shorter by one overlap per join.\n\nDefault: `0.5`.\n\nExample: `duration: 1`","type":"number","exclusiveMinimum":0,"maximum":5,"defaultSnippets":[{"label":"1","markdownDescription":"1 second","body":1},{"label":"2","markdownDescription":"2 seconds","body":2}]}},"defaultSnippets":[{"label":"crossfade","markdownDescription":"Clips overlap by one second.","body":{"type":"crossfade","duration":"^${1:1}"}}]},"trim":{"title":"Trims","description":"Per-shot trims, by shot id: keep the part of the clip from start to end, in seconds.","markdownDescription":"Per-shot trims, by shot id: keep the part of the clip from `start` to `end`, in seconds.\n\nExample:\n\n```yaml\ntrim:\n  opening: { start: 0.5, end: 4 }\n```","type":"object","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","patternErrorMessage":"A shot id may use only lowercase letters a-z, digits 0-9, _ and -, must start with a letter or digit and be at most 64 characters long (e.g. wake-up or shot_2)."},"additionalProperties":{"title":"Trim","description":"Keep the part of the clip from start to end (seconds).","markdownDescription":"Keep the part of the clip from `start` to `end` (seconds).","type":"object","additionalProperties":false,"properties":{"start":{"title":"Trim start","description":"Seconds cut from the clip's beginning (0 or more). Default: 0. Example: start: 0.5","markdownDescription":"Seconds cut from the clip's beginning (`0` or more).\n\nDefault: `0`.\n\nExample: `start: 0.5`","type":"number","minimum":0,"defaultSnippets":[{"label":"0.5","markdownDescription":"cut the first half second","body":0.5},{"label":"1","markdownDescription":"cut the first second","body":1}]},"end":{"title":"Trim end","description":"Where the kept part ends, in seconds from the clip's start (more than start). Default: the clip's end. Example: end: 4","markdownDescription":"Where the kept part ends, in seconds from the clip's start (more than `start`).\n\nDefault: the clip's end.\n\nExample: `end: 4`","type":"number","exclusiveMinimum":0,"defaultSnippets":[{"label":"4","markdownDescription":"keep up to 4 s","body":4},{"label":"8","markdownDescription":"keep up to 8 s","body":8}]}}}},"audio":{"title":"Music bed","description":"A music bed mixed under the clips' own sound, as long as the film. Example: audio: { file: audio/theme.mp3, volume: 0.3 }","markdownDescription":"A music bed mixed under the clips' own sound, as long as the film.\n\nExample: `audio: { file: audio/theme.mp3, volume: 0.3 }`","type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"title":"Music file","description":"The audio file, relative to the manifest (wav, mp3, m4a, flac, ogg, …). Example: file: audio/theme.mp3","markdownDescription":"The audio file, relative to the manifest (wav, mp3, m4a, flac, ogg, …).\n\nExample: `file: audio/theme.mp3`","type":"string","minLength":1},"volume":{"title":"Music volume","description":"Gain of the music bed, 0..4 (1 = as is). Default: 0.3. Example: volume: 0.5","markdownDescription":"Gain of the music bed, `0`..`4` (`1` = as is).\n\nDefault: `0.3`.\n\nExample: `volume: 0.5`","type":"number","minimum":0,"maximum":4,"defaultSnippets":[{"label":"0.5","markdownDescription":"half as loud as the file","body":0.5},{"label":"1","markdownDescription":"as loud as the file","body":1}]}}},"loudness":{"title":"Loudness","description":"Level the whole film, music bed included, to this integrated loudness in LUFS (EBU R128) with ffmpeg's two-pass loudnorm: -16 for the web and phones, -23 for broadcast. The report and summary state the measured value. Default: left as made. Example: loudness: -16","markdownDescription":"Level the whole film, music bed included, to this integrated loudness in LUFS (EBU R128) with ffmpeg's two-pass `loudnorm`: `-16` for the web and phones, `-23` for broadcast. The report and summary state the measured value.\n\nDefault: left as made.\n\nExample: `loudness: -16`","type":"number","minimum":-70,"maximum":-5,"defaultSnippets":[{"label":"-16","markdownDescription":"the web, podcasts and phones","body":-16},{"label":"-23","markdownDescription":"broadcast (EBU R128)","body":-23}]},"size":{"title":"Film size","description":"Frame size of the film, WIDTHxHEIGHT; clips of another size are scaled to fit. Default: the first clip's size. Example: size: 1920x1080","markdownDescription":"Frame size of the film, `WIDTHxHEIGHT`; clips of another size are scaled to fit.\n\nDefault: the first clip's size.\n\nExample: `size: 1920x1080`","type":"string","pattern":"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"},"export":{"title":"Editor projects","description":"Editor projects of the cut written after every join, beside the film as <name>.mlt, .otio, .fcpxml, .edl (as seedance export writes them): mlt for Shotcut and Kdenlive, otio for DaVinci Resolve, fcpxml for Final Cut Pro, edl for any CMX3600 reader. Example: export: [mlt, otio]","markdownDescription":"Editor projects of the cut written after every join, beside the film as `<name>.mlt`, `.otio`, `.fcpxml`, `.edl` (as `seedance export` writes them): `mlt` for Shotcut and Kdenlive, `otio` for DaVinci Resolve, `fcpxml` for Final Cut Pro, `edl` for any CMX3600 reader.\n\nExample: `export: [mlt, otio]`","type":"array","uniqueItems":true,"items":{"enum":["mlt","otio","fcpxml","edl"],"markdownEnumDescriptions":["MLT XML: Shotcut opens it, Kdenlive adds it as a clip, `melt` renders it.","OpenTimelineIO (v0.17 schema): DaVinci Resolve imports it.","FCPXML 1.10: Final Cut Pro imports it (Premiere Pro only after conversion).","CMX3600 EDL: one track, no music bed; nearly every editor reads it."]}}},"defaultSnippets":[{"label":"Film order with crossfades","markdownDescription":"The shots in film order, joined with one-second crossfades.","body":{"shots":["${1:opening}","${2:close-up}"],"transition":{"type":"crossfade","duration":"^${3:1}"}}}]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const pattern5 = new RegExp("^https?://[^\\s/?#]+(/[^\\s?#]*)?$", "u");
const pattern6 = new RegExp("^(?![A-Za-z][A-Za-z0-9+.-]*://)", "u");
const pattern8 = new RegExp("^https?://[^\\s/?#]+([/?#]\\S*)?$", "u");
const pattern9 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");
const pattern16 = new RegExp("^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$", "u");
const schema32 = {"type":"object","additionalProperties":false,"required":["currency","per_million_tokens"],"properties":{"currency":{"title":"Currency","description":"ISO 4217 code of the figures: three capital letters. Example: currency: USD","markdownDescription":"ISO 4217 code of the figures: three capital letters.\n\nExample: `currency: USD`","type":"string","pattern":"^[A-Z]{3}$","patternErrorMessage":"A currency is an ISO 4217 code: three capital letters, such as USD or CNY."},"per_million_tokens":{"title":"Price per million tokens","description":"Price per million tokens, by model id (as written in the manifest, or the versioned id the service reports): one number, or one per resolution.","markdownDescription":"Price per million tokens, by model id (as written in the manifest, or the versioned id the service reports): one number, or one per resolution.\n\nExample:\n\n```yaml\nper_million_tokens:\n  doubao-seedance-2.0: 7.0\n  doubao-seedance-2-fast: { 480p: 3.0, 720p: 5.6 }\n```","type":"object","minProperties":1,"propertyNames":{"minLength":1},"additionalProperties":{"title":"Price of this model","description":"Price of this model: one number for every resolution, or one per resolution.","markdownDescription":"Price of this model: one number for every resolution, or one per resolution (`{ 480p: 3.0, 720p: 5.6 }`).","oneOf":[{"type":"number","minimum":0},{"$ref":"#/$defs/rateByResolution"}]}},"with_video_input":{"title":"Price with video input","description":"Price per million tokens for tasks with reference videos, by model id, in the same forms as per_million_tokens. Default: the per_million_tokens price.","markdownDescription":"Price per million tokens for tasks with reference videos, by model id, in the same forms as `per_million_tokens`.\n\nDefault: the `per_million_tokens` price.","type":"object","propertyNames":{"minLength":1},"additionalProperties":{"title":"Price of this model with video input","description":"Price of this model with video input: one number for every resolution, or one per resolution.","markdownDescription":"Price of this model with video input: one number for every resolution, or one per resolution (`{ 480p: 3.0, 720p: 5.6 }`).","oneOf":[{"type":"number","minimum":0},{"$ref":"#/$defs/rateByResolution"}]}}}};
const schema33 = {"type":"object","additionalProperties":false,"minProperties":1,"properties":{"480p":{"title":"Price at 480p","description":"Price per million tokens at 480p. Example: 480p: 7.0","markdownDescription":"Price per million tokens at `480p`.\n\nExample: `480p: 7.0`","type":"number","minimum":0,"defaultSnippets":[{"label":"1","markdownDescription":"1.0 per million tokens","body":1},{"label":"5","markdownDescription":"5.0 per million tokens","body":5}]},"720p":{"title":"Price at 720p","description":"Price per million tokens at 720p. Example: 720p: 7.0","markdownDescription":"Price per million tokens at `720p`.\n\nExample: `720p: 7.0`","type":"number","minimum":0,"defaultSnippets":[{"label":"1","markdownDescription":"1.0 per million tokens","body":1},{"label":"5","markdownDescription":"5.0 per million tokens","body":5}]},"1080p":{"title":"Price at 1080p","description":"Price per million tokens at 1080p. Example: 1080p: 7.0","markdownDescription":"Price per million tokens at `1080p`.\n\nExample: `1080p: 7.0`","type":"number","minimum":0,"defaultSnippets":[{"label":"1","markdownDescription":"1.0 per million tokens","body":1},{"label":"5","markdownDescription":"5.0 per million tokens","body":5}]},"4k":{"title":"Price at 4k","description":"Price per million tokens at 4k. Example: 4k: 7.0","markdownDescription":"Price per million tokens at `4k`.\n\nExample: `4k: 7.0`","type":"number","minimum":0,"defaultSnippets":[{"label":"1","markdownDescription":"1.0 per million tokens","body":1},{"label":"5","markdownDescription":"5.0 per million tokens","body":5}]}}};
const pattern7 = new RegExp("^[A-Z]{3}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.currency === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.per_million_tokens === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "per_million_tokens"},message:"must have required property '"+"per_million_tokens"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "currency") || (key0 === "per_million_tokens")) || (key0 === "with_video_input"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.currency !== undefined){
let data0 = data.currency;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err3 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.per_million_tokens !== undefined){
let data1 = data.per_million_tokens;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err5 = {instancePath:instancePath+"/per_million_tokens",schemaPath:"#/properties/per_million_tokens/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
const _errs6 = errors;
if(typeof key1 === "string"){
if(func2(key1) < 1){
const err6 = {instancePath:instancePath+"/per_million_tokens",schemaPath:"#/properties/per_million_tokens/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
const err7 = {instancePath:instancePath+"/per_million_tokens",schemaPath:"#/properties/per_million_tokens/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
const _errs9 = errors;
let valid3 = false;
let passing0 = null;
const _errs10 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/per_million_tokens/additionalProperties/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/per_million_tokens/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs12 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err10 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/rateByResolution/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key3 in data2){
if(!((((key3 === "480p") || (key3 === "720p")) || (key3 === "1080p")) || (key3 === "4k"))){
const err11 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/rateByResolution/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2["480p"] !== undefined){
let data3 = data2["480p"];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/480p",schemaPath:"#/$defs/rateByResolution/properties/480p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/480p",schemaPath:"#/$defs/rateByResolution/properties/480p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2["720p"] !== undefined){
let data4 = data2["720p"];
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/720p",schemaPath:"#/$defs/rateByResolution/properties/720p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/720p",schemaPath:"#/$defs/rateByResolution/properties/720p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2["1080p"] !== undefined){
let data5 = data2["1080p"];
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/1080p",schemaPath:"#/$defs/rateByResolution/properties/1080p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/1080p",schemaPath:"#/$defs/rateByResolution/properties/1080p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2["4k"] !== undefined){
let data6 = data2["4k"];
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/4k",schemaPath:"#/$defs/rateByResolution/properties/4k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/4k",schemaPath:"#/$defs/rateByResolution/properties/4k/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/rateByResolution/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err21 = {instancePath:instancePath+"/per_million_tokens/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/per_million_tokens/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/per_million_tokens",schemaPath:"#/properties/per_million_tokens/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.with_video_input !== undefined){
let data7 = data.with_video_input;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
const _errs26 = errors;
if(typeof key4 === "string"){
if(func2(key4) < 1){
const err23 = {instancePath:instancePath+"/with_video_input",schemaPath:"#/properties/with_video_input/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid6 = _errs26 === errors;
if(!valid6){
const err24 = {instancePath:instancePath+"/with_video_input",schemaPath:"#/properties/with_video_input/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key5 in data7){
let data8 = data7[key5];
const _errs29 = errors;
let valid8 = false;
let passing1 = null;
const _errs30 = errors;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with_video_input/additionalProperties/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with_video_input/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs30 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs32 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length < 1){
const err27 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/rateByResolution/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key6 in data8){
if(!((((key6 === "480p") || (key6 === "720p")) || (key6 === "1080p")) || (key6 === "4k"))){
const err28 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/rateByResolution/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8["480p"] !== undefined){
let data9 = data8["480p"];
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/480p",schemaPath:"#/$defs/rateByResolution/properties/480p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/480p",schemaPath:"#/$defs/rateByResolution/properties/480p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data8["720p"] !== undefined){
let data10 = data8["720p"];
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/720p",schemaPath:"#/$defs/rateByResolution/properties/720p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/720p",schemaPath:"#/$defs/rateByResolution/properties/720p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8["1080p"] !== undefined){
let data11 = data8["1080p"];
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err33 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/1080p",schemaPath:"#/$defs/rateByResolution/properties/1080p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/1080p",schemaPath:"#/$defs/rateByResolution/properties/1080p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data8["4k"] !== undefined){
let data12 = data8["4k"];
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err35 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/4k",schemaPath:"#/$defs/rateByResolution/properties/4k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/4k",schemaPath:"#/$defs/rateByResolution/properties/4k/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/rateByResolution/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid1 = _errs32 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err38 = {instancePath:instancePath+"/with_video_input/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with_video_input/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/with_video_input",schemaPath:"#/properties/with_video_input/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"title":"Shot","description":"One shot: one generation task and one clip.","markdownDescription":"One shot: one generation task and one clip.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"title":"Shot id","description":"The shot's name, unique in the storyboard: 1 to 64 lowercase letters (a-z), digits (0-9), _ and -, starting with a letter or digit. It names the output files (<id>.mp4) and is how other shots, concat.shots and seedance pick refer to the shot. Example: id: wake-up","markdownDescription":"The shot's name, unique in the storyboard: 1 to 64 lowercase letters (a-z), digits (0-9), `_` and `-`, starting with a letter or digit. It names the output files (`<id>.mp4`) and is how other shots, `concat.shots` and `seedance pick` refer to the shot.\n\nExample: `id: wake-up`","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","patternErrorMessage":"A shot id may use only lowercase letters a-z, digits 0-9, _ and -, must start with a letter or digit and be at most 64 characters long (e.g. wake-up or shot_2)."},"prompt":{"title":"Prompt","description":"What the shot shows: subject, action, camera, light, sound (at most 5000 characters). Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused). Use > for a long prompt over several lines. Example: prompt: A kitten stretches on a sunny windowsill, slow push-in","markdownDescription":"What the shot shows: subject, action, camera, light, sound (at most 5000 characters). Optional when the shot has images or videos; not allowed with `from_draft` (the draft's prompt is reused). Use `>` for a long prompt over several lines.\n\nExample: `prompt: A kitten stretches on a sunny windowsill, slow push-in`","type":"string","minLength":1,"maxLength":5000},"dialogue":{"title":"Dialogue","description":"The lines a character speaks in the shot: a list of lines, each the words or { line, speaker, language, start, end }. They go into the prompt as quoted speech (the service voices quoted lines when generate_audio is on) and into the film's subtitles (<film>.srt and .vtt beside it, and a subtitle track inside it), timed to where the shot sits in the film. Example: dialogue: [{ speaker: Anna, line: Is the kettle on? }]","markdownDescription":"The lines a character speaks in the shot: a list of lines, each the words or `{ line, speaker, language, start, end }`. They go into the prompt as quoted speech (the service voices quoted lines when `generate_audio` is on) and into the film's subtitles (`<film>.srt` and `.vtt` beside it, and a subtitle track inside it), timed to where the shot sits in the film.\n\nExample: `dialogue: [{ speaker: Anna, line: Is the kettle on? }]`","type":"array","minItems":1,"maxItems":20,"items":{"anyOf":[{"type":"string","minLength":1,"maxLength":500},{"$ref":"#/$defs/dialogueLine"}]}},"model":{"title":"Model","description":"Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id ep-… or a model newer than this tool passes with a warning and generic checks. Default: doubao-seedance-2.0 (api: native) or doubao-seedance-2 (api: openai).","markdownDescription":"Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id `ep-…` or a model newer than this tool passes with a warning and generic checks.\n\nDefault: `doubao-seedance-2.0` (`api: native`) or `doubao-seedance-2` (`api: openai`).","anyOf":[{"enum":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","dreamina-seedance-2-0-260128","doubao-seedance-2-0-fast-260128","dreamina-seedance-2-0-fast-260128","doubao-seedance-2-0-mini-260615","dreamina-seedance-2-0-mini-260615","doubao-seedance-1-5-pro-251215","doubao-seedance-1-0-pro-250528","doubao-seedance-1-0-pro-fast-251015","doubao-seedance-1-0-lite-t2v-250428","doubao-seedance-1-0-lite-i2v-250428"],"markdownEnumDescriptions":["**Seedance 2.0** · gateway name, native format · 480p/720p/1080p · 5–15 s · audio · drafts · reference videos","**Seedance 2.0 fast** · gateway name, native format · 480p/720p · 5–15 s · audio · drafts · reference videos","**Seedance 2.0** · gateway name, `api: openai` · up to 1080p · 4–15 s · audio · reference videos","**Seedance 2.0** · official id, native format · 480p/720p/1080p/4k · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0** · BytePlus id, native format · 480p/720p/1080p/4k · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 fast** · official id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 fast** · BytePlus id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 mini** · official id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 2.0 mini** · BytePlus id, native format · 480p/720p · 4–15 s or auto (-1) · audio · reference videos","**Seedance 1.5 pro** · official id, native format · 480p/720p/1080p · 4–12 s or auto (-1) · audio · drafts","**Seedance 1.0 pro** · official id, native format · 480p/720p/1080p · 2–12 s or frames","**Seedance 1.0 pro fast** · official id, native format · 480p/720p/1080p · 2–12 s or frames","**Seedance 1.0 lite (text to video)** · official id, native format · 480p/720p/1080p · 2–12 s or frames · text only","**Seedance 1.0 lite (image to video)** · official id, native format · 480p/720p/1080p · 2–12 s or frames · needs an image"]},{"type":"string","minLength":1}]},"resolution":{"title":"Resolution","description":"Output resolution (api: native; with api: openai use size). Higher costs more tokens: tokens grow with the pixel count. Default: 720p. A draft: true shot is always 480p.","markdownDescription":"Output resolution (`api: native`; with `api: openai` use `size`). Higher costs more tokens: tokens grow with the pixel count.\n\nDefault: `720p`. A `draft: true` shot is always `480p`.","enum":["480p","720p","1080p","4k"],"markdownEnumDescriptions":["The cheapest; every draft is 480p. Every model.","The default. Every model.","Full HD. Models: 2.0, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","The most detailed and the dearest; H.265. Models: 2.0 (official ids)."]},"ratio":{"title":"Aspect ratio","description":"Aspect ratio of the clip (api: native). Quote it in YAML, or it is read as a number: ratio: \"16:9\". Default: \"16:9\".","markdownDescription":"Aspect ratio of the clip (`api: native`). Quote it in YAML, or it is read as a number: `ratio: \"16:9\"`.\n\nDefault: `\"16:9\"`.","enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"markdownEnumDescriptions":["Landscape, the default. Every model.","Classic TV. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Square. Every model.","Portrait photo. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Vertical, for phones. Every model.","Cinema wide screen. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video).","Follows the first frame or reference image. Models: 2.0 (official ids), 2.0 fast (official ids), 2.0 mini, 1.5 pro, 1.0 pro, 1.0 pro fast, 1.0 lite (text to video), 1.0 lite (image to video)."]},"duration":{"title":"Duration (seconds)","description":"Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or -1 (the model chooses), 1.5 pro 4..12 or -1, the 1.0 series 2..12 (or use frames), api: openai 4..15. seedance validate checks it against the model. Default: the model's own (5 s; 4 s with api: openai). Example: duration: 10","markdownDescription":"Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or `-1` (the model chooses), 1.5 pro 4..12 or `-1`, the 1.0 series 2..12 (or use `frames`), `api: openai` 4..15. `seedance validate` checks it against the model.\n\nDefault: the model's own (5 s; 4 s with `api: openai`).\n\nExample: `duration: 10`","type":"integer","minimum":-1,"maximum":15,"defaultSnippets":[{"label":"8","markdownDescription":"8 seconds","body":8},{"label":"10","markdownDescription":"10 seconds","body":10},{"label":"12","markdownDescription":"12 seconds","body":12}]},"seed":{"title":"Seed","description":"Random seed, -1..4294967295. The same seed and inputs give a similar clip; -1 lets the service pick. seedance pin writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use takes: to get a choice. Default: -1 (random).","markdownDescription":"Random seed, `-1`..`4294967295`. The same seed and inputs give a similar clip; `-1` lets the service pick. `seedance pin` writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use `takes:` to get a choice.\n\nDefault: `-1` (random).","type":"integer","minimum":-1,"maximum":4294967295,"defaultSnippets":[{"label":"42","markdownDescription":"a fixed seed","body":42},{"label":"1234567","markdownDescription":"another fixed seed","body":1234567}]},"generate_audio":{"title":"Generate audio","description":"Make a synchronized sound track with the clip: true or false (2.0 and 1.5 pro only). Default: the model's own (on for official 2.0 ids, off for the gateway names).","markdownDescription":"Make a synchronized sound track with the clip: `true` or `false` (2.0 and 1.5 pro only).\n\nDefault: the model's own (on for official 2.0 ids, off for the gateway names).","type":"boolean"},"watermark":{"title":"Watermark","description":"Put the \"AI generated\" watermark on the clip: true or false (api: native only). Default: false.","markdownDescription":"Put the \"AI generated\" watermark on the clip: `true` or `false` (`api: native` only).\n\nDefault: `false`.","type":"boolean"},"return_last_frame":{"title":"Return last frame","description":"Ask the service for the clip's last frame as a PNG (api: native). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write return_last_frame: false to have the frame taken from the clip instead. Default: true (false for drafts).","markdownDescription":"Ask the service for the clip's last frame as a PNG (`api: native`). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write `return_last_frame: false` to have the frame taken from the clip instead.\n\nDefault: `true` (`false` for drafts).","type":"boolean"},"camera_fixed":{"title":"Fixed camera","description":"Keep the camera still: true or false (1.0 series and 1.5 pro; not 2.0). Default: off.","markdownDescription":"Keep the camera still: `true` or `false` (1.0 series and 1.5 pro; not 2.0).\n\nDefault: off.","type":"boolean"},"service_tier":{"title":"Service tier","description":"How the service schedules the task: default (online) or flex (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini). Default: default.","markdownDescription":"How the service schedules the task: `default` (online) or `flex` (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini).\n\nDefault: `default`.","enum":["default","flex"],"markdownEnumDescriptions":["Online: the task starts as soon as the service has a slot.","Half price, run offline when the service has room (it can take hours); not on the 2.0 series (2.0, fast and mini)."]},"execution_expires_after":{"title":"Expires after (seconds)","description":"Seconds a task may stay queued or running at the service before it is given up as expired: 3600..259200 (1 hour to 3 days). Default: 172800 (2 days). Example: execution_expires_after: 86400","markdownDescription":"Seconds a task may stay queued or running at the service before it is given up as `expired`: `3600`..`259200` (1 hour to 3 days).\n\nDefault: `172800` (2 days).\n\nExample: `execution_expires_after: 86400`","type":"integer","minimum":3600,"maximum":259200,"defaultSnippets":[{"label":"3600","markdownDescription":"1 hour","body":3600},{"label":"86400","markdownDescription":"1 day","body":86400},{"label":"259200","markdownDescription":"3 days","body":259200}]},"frames":{"title":"Frames","description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, from 29 to 289 (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with duration. Example: frames: 121 (about 5 s)","markdownDescription":"Length in frames instead of seconds (1.0 series only): `25 + 4n`, from `29` to `289` (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with `duration`.\n\nExample: `frames: 121` (about 5 s)","type":"integer","minimum":29,"maximum":289,"defaultSnippets":[{"label":"121","markdownDescription":"121 frames, about 5 s","body":121},{"label":"241","markdownDescription":"241 frames, about 10 s","body":241}]},"priority":{"title":"Priority","description":"Queue priority among your own tasks on the account's endpoint, 0..9 (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with service_tier: flex. Default: 0.","markdownDescription":"Queue priority among your own tasks on the account's endpoint, `0`..`9` (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with `service_tier: flex`.\n\nDefault: `0`.","type":"integer","minimum":0,"maximum":9,"defaultSnippets":[{"label":"5","markdownDescription":"ahead of priority 0..4","body":5},{"label":"9","markdownDescription":"the highest","body":9}]},"tools":{"title":"Tools","description":"Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names: The searches made are counted in the task's usage.","markdownDescription":"Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names:\n\n```yaml\ntools: [{ type: web_search }]\n```\n\nThe searches made are counted in the task's usage.","type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","description":"A tool: { type: web_search }.","markdownDescription":"A tool: `{ type: web_search }`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Tool type","description":"web_search: the model may search the web for what the prompt names.","markdownDescription":"`web_search`: the model may search the web for what the prompt names.","enum":["web_search"],"markdownEnumDescriptions":["The model may search the web for what the prompt names."]}}}},"safety_identifier":{"title":"Safety identifier","description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it. Example: safety_identifier: 5f2b9c0e","markdownDescription":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it.\n\nExample: `safety_identifier: 5f2b9c0e`","type":"string","minLength":1,"maxLength":64},"callback_url":{"title":"Callback URL","description":"An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it. Example: callback_url: https://example.com/seedance-hook","markdownDescription":"An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it.\n\nExample: `callback_url: https://example.com/seedance-hook`","type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$","patternErrorMessage":"callback_url must be an http(s) URL, such as https://example.com/seedance-hook."},"size":{"title":"Size (api: openai)","description":"Output size for api: openai, WIDTHxHEIGHT. With api: native use resolution and ratio instead. Default: 1280x720.","markdownDescription":"Output size for `api: openai`, `WIDTHxHEIGHT`. With `api: native` use `resolution` and `ratio` instead.\n\nDefault: `1280x720`.","enum":["1280x720","720x1080","1920x1080","1080x1920"],"markdownEnumDescriptions":["Landscape 720p (16:9).","Portrait, 720 wide and 1080 high.","Landscape 1080p (16:9).","Portrait 1080p (9:16)."]},"draft":{"title":"Draft","description":"Make a cheap 480p draft of the shot first; a later shot with from_draft: <this id> turns it into the final video. Drafts are left out of the film. api: native only, and only on models that make drafts. Default: false.","markdownDescription":"Make a cheap `480p` draft of the shot first; a later shot with `from_draft: <this id>` turns it into the final video. Drafts are left out of the film. `api: native` only, and only on models that make drafts.\n\nDefault: `false`.","type":"boolean"},"from_draft":{"title":"From draft","description":"The id of a draft: true shot: this shot is that draft made final (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused, and its model makes the final: leave model off. Example: from_draft: garden-draft","markdownDescription":"The id of a `draft: true` shot: this shot is that draft made final (content type `draft_task`). The draft's prompt, images, seed, ratio, duration and audio setting are reused, and its model makes the final: leave `model` off.\n\nExample: `from_draft: garden-draft`","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","patternErrorMessage":"A shot id may use only lowercase letters a-z, digits 0-9, _ and -, must start with a letter or digit and be at most 64 characters long (e.g. wake-up or shot_2)."},"first_frame":{"title":"First frame","description":"The image the clip starts on: a file path relative to the manifest, an http(s) URL, asset://ID or a data: URI. Or { shot: <id> } to start on that shot's last frame, chaining the two shots so the film flows. Example: first_frame: { shot: wake-up }","markdownDescription":"The image the clip starts on: a file path relative to the manifest, an http(s) URL, `asset://ID` or a `data:` URI. Or `{ shot: <id> }` to start on that shot's last frame, chaining the two shots so the film flows.\n\nExample: `first_frame: { shot: wake-up }`","$ref":"#/$defs/media"},"last_frame":{"title":"Last frame","description":"The image the clip ends on (same forms as first_frame, including { shot: <id> }). Needs first_frame. Example: last_frame: images/garden.png","markdownDescription":"The image the clip ends on (same forms as `first_frame`, including `{ shot: <id> }`). Needs `first_frame`.\n\nExample: `last_frame: images/garden.png`","$ref":"#/$defs/media"},"reference_images":{"title":"Reference images","description":"Images the model takes people, products, places or a style from (1..9 on 2.0; 1..4 on 1.0 lite i2v), each a file, URL, asset://ID, data: URI or { shot: <id> } (that shot's last frame). Not together with first_frame/last_frame.","markdownDescription":"Images the model takes people, products, places or a style from (1..9 on 2.0; 1..4 on 1.0 lite i2v), each a file, URL, `asset://ID`, `data:` URI or `{ shot: <id> }` (that shot's last frame). Not together with `first_frame`/`last_frame`.\n\nExample:\n\n```yaml\nreference_images:\n  - images/hero.png\n  - { shot: opening }\n```","type":"array","minItems":1,"maxItems":9,"items":{"$ref":"#/$defs/media"}},"reference_videos":{"title":"Reference videos","description":"Videos the model takes motion, camera work or a look from (2.0 only; at most 3, 2..15 s each, 15 s together): http(s) URLs or asset:// ids, or { shot: <id> } for that shot's video. The service takes no uploaded video files, so local paths are refused. Their seconds are billed as input. Example: reference_videos: [{ shot: opening }]","markdownDescription":"Videos the model takes motion, camera work or a look from (2.0 only; at most 3, 2..15 s each, 15 s together): http(s) URLs or `asset://` ids, or `{ shot: <id> }` for that shot's video. The service takes no uploaded video files, so local paths are refused. Their seconds are billed as input.\n\nExample: `reference_videos: [{ shot: opening }]`","type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"}},"reference_audio":{"title":"Reference audio","description":"Sound the model takes voice, music or rhythm from (2.0 api: native only; at most 3 clips, 2..15 s each, 15 s together): files, URLs, asset:// ids or data: URIs. Needs a reference image or video beside it. Example: reference_audio: [audio/jingle.mp3]","markdownDescription":"Sound the model takes voice, music or rhythm from (2.0 `api: native` only; at most 3 clips, 2..15 s each, 15 s together): files, URLs, `asset://` ids or `data:` URIs. Needs a reference image or video beside it.\n\nExample: `reference_audio: [audio/jingle.mp3]`","type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"}},"retries":{"title":"Retries","description":"How many times to resubmit the shot when its task ends failed for another reason than the content policy (that is refusals:), 0..10. A task that expired at the service, or one it no longer knows, is resubmitted once on top of these. Default: 0. Example: retries: 2","markdownDescription":"How many times to resubmit the shot when its task ends `failed` for another reason than the content policy (that is `refusals:`), `0`..`10`. A task that expired at the service, or one it no longer knows, is resubmitted once on top of these.\n\nDefault: `0`.\n\nExample: `retries: 2`","type":"integer","minimum":0,"maximum":10,"defaultSnippets":[{"label":"1","markdownDescription":"once more","body":1},{"label":"2","markdownDescription":"twice more","body":2}]},"takes":{"title":"Takes","description":"How many takes (tasks) to make of the shot, 1..10, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; take: picks the one the film and the shots after it use. Each take is billed. Default: 1. Example: takes: 3","markdownDescription":"How many takes (tasks) to make of the shot, `1`..`10`, each with its own seed (`seed + i - 1` where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Each take is billed.\n\nDefault: `1`.\n\nExample: `takes: 3`","type":"integer","minimum":1,"maximum":10,"defaultSnippets":[{"label":"2","markdownDescription":"2 takes","body":2},{"label":"3","markdownDescription":"3 takes","body":3}]},"take":{"title":"Take","description":"Which take (1-based, at most takes:) the film and the shots chained from this one use. seedance pick <manifest> <shot> <K> and seedance review write it. Default: 1. Example: take: 2","markdownDescription":"Which take (`1`-based, at most `takes:`) the film and the shots chained from this one use. `seedance pick <manifest> <shot> <K>` and `seedance review` write it.\n\nDefault: `1`.\n\nExample: `take: 2`","type":"integer","minimum":1,"maximum":10,"defaultSnippets":[{"label":"2","markdownDescription":"the second take","body":2},{"label":"3","markdownDescription":"the third take","body":3}]},"refusals":{"title":"Refusals","description":"How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, 0..10. Refusals are not billed, and the same prompt often passes on a second try. Never for a …PrivacyInformation refusal (a real person in a reference image: retrying cannot help). Separate from retries:. Default: 0. Example: refusals: 2","markdownDescription":"How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, `0`..`10`. Refusals are not billed, and the same prompt often passes on a second try. Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Separate from `retries:`.\n\nDefault: `0`.\n\nExample: `refusals: 2`","type":"integer","minimum":0,"maximum":10,"defaultSnippets":[{"label":"1","markdownDescription":"once more","body":1},{"label":"2","markdownDescription":"twice more","body":2}]}},"defaultSnippets":[{"label":"Shot","markdownDescription":"A shot: an id and a prompt.","body":{"id":"${1:wide}","prompt":"${2:What the shot shows}"}},{"label":"Chained shot","markdownDescription":"A shot that starts on the last frame of the shot before (`first_frame: { shot: … }`), so the film flows.","body":{"id":"${1:close-up}","prompt":"${2:What happens next}","first_frame":{"shot":"${3:opening}"}}}]};
const schema37 = {"title":"Dialogue line","description":"One spoken line: the words, and optionally who says them, their language and when within the clip.","markdownDescription":"One spoken line: the words, and optionally who says them, their language and when within the clip.\n\nExample: `{ speaker: Anna, line: Is the kettle on?, language: en }`","type":"object","additionalProperties":false,"required":["line"],"properties":{"line":{"title":"Line","description":"The words spoken, as they should appear in the subtitles (at most 500 characters). Example: line: Is the kettle on?","markdownDescription":"The words spoken, as they should appear in the subtitles (at most 500 characters).\n\nExample: `line: Is the kettle on?`","type":"string","minLength":1,"maxLength":500},"speaker":{"title":"Speaker","description":"Who speaks the line: put in the prompt (\"Anna says: …\") and in the subtitles (a WebVTT voice, \"Anna: \" in SRT). Example: speaker: Anna","markdownDescription":"Who speaks the line: put in the prompt (`Anna says: \"…\"`) and in the subtitles (a WebVTT voice, `Anna: ` in SRT).\n\nExample: `speaker: Anna`","type":"string","minLength":1,"maxLength":64},"language":{"title":"Language","description":"The line's language as a BCP 47 tag (en, fr, zh-Hans, pt-BR). Each language gets a subtitle track and files of its own. Default: the other lines' language, else none.","markdownDescription":"The line's language as a BCP 47 tag (`en`, `fr`, `zh-Hans`, `pt-BR`). Each language gets a subtitle track and files of its own.\n\nDefault: the other lines' language, else none.","type":"string","pattern":"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$","patternErrorMessage":"A BCP 47 language tag such as en, fr, zh-Hans or pt-BR."},"start":{"title":"Line start","description":"When the line begins, in seconds within the clip (before any trim). Default: the lines of a shot share its time on screen evenly. Example: start: 1.5","markdownDescription":"When the line begins, in seconds within the clip (before any trim).\n\nDefault: the lines of a shot share its time on screen evenly.\n\nExample: `start: 1.5`","type":"number","minimum":0,"defaultSnippets":[{"label":"1","markdownDescription":"one second into the clip","body":1}]},"end":{"title":"Line end","description":"When the line ends, in seconds within the clip. Default: where the next line starts, else the shot's end on screen. Example: end: 3","markdownDescription":"When the line ends, in seconds within the clip.\n\nDefault: where the next line starts, else the shot's end on screen.\n\nExample: `end: 3`","type":"number","exclusiveMinimum":0,"defaultSnippets":[{"label":"3","markdownDescription":"three seconds into the clip","body":3}]}}};
const pattern10 = new RegExp("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const schema38 = {"title":"Media","description":"A media input: a file path relative to the manifest, an http(s) URL, asset://ID, a data: URI, or { shot: <id> } to use another shot's output.","markdownDescription":"A media input: a file path relative to the manifest, an http(s) URL, `asset://ID`, a `data:` URI, or `{ shot: <id> }` to use another shot's output.","defaultSnippets":[{"label":"{ shot: … }","markdownDescription":"Another shot's output: its last frame in an image slot, its video in `reference_videos`. Chains the two shots.","bodyText":"{ shot: ${1:previous-shot} }"}],"oneOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/shotOutput"}]};
const schema39 = {"type":"object","additionalProperties":false,"required":["shot"],"properties":{"shot":{"title":"Shot","description":"The id of the shot whose output is used: its last frame in an image slot, its video in reference_videos. Example: { shot: wake-up }","markdownDescription":"The id of the shot whose output is used: its last frame in an image slot, its video in `reference_videos`.\n\nExample: `{ shot: wake-up }`","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","patternErrorMessage":"A shot id may use only lowercase letters a-z, digits 0-9, _ and -, must start with a letter or digit and be at most 64 characters long (e.g. wake-up or shot_2)."}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(func2(data) < 1){
const err0 = {instancePath,schemaPath:"#/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shot === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/shotOutput/required",keyword:"required",params:{missingProperty: "shot"},message:"must have required property '"+"shot"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "shot")){
const err3 = {instancePath,schemaPath:"#/$defs/shotOutput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.shot !== undefined){
let data0 = data.shot;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err4 = {instancePath:instancePath+"/shot",schemaPath:"#/$defs/shotOutput/properties/shot/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/shot",schemaPath:"#/$defs/shotOutput/properties/shot/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/shotOutput/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate24.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema36.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.prompt !== undefined){
let data1 = data.prompt;
if(typeof data1 === "string"){
if(func2(data1) > 5000){
const err4 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.dialogue !== undefined){
let data2 = data.dialogue;
if(Array.isArray(data2)){
if(data2.length > 20){
const err7 = {instancePath:instancePath+"/dialogue",schemaPath:"#/properties/dialogue/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/dialogue",schemaPath:"#/properties/dialogue/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
let valid3 = false;
const _errs10 = errors;
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err9 = {instancePath:instancePath+"/dialogue/" + i0,schemaPath:"#/properties/dialogue/items/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/dialogue/" + i0,schemaPath:"#/properties/dialogue/items/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/dialogue/" + i0,schemaPath:"#/properties/dialogue/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid3 = valid3 || _valid0;
const _errs12 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.line === undefined){
const err12 = {instancePath:instancePath+"/dialogue/" + i0,schemaPath:"#/$defs/dialogueLine/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "line") || (key1 === "speaker")) || (key1 === "language")) || (key1 === "start")) || (key1 === "end"))){
const err13 = {instancePath:instancePath+"/dialogue/" + i0,schemaPath:"#/$defs/dialogueLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.line !== undefined){
let data4 = data3.line;
if(typeof data4 === "string"){
if(func2(data4) > 500){
const err14 = {instancePath:instancePath+"/dialogue/" + i0+"/line",schemaPath:"#/$defs/dialogueLine/properties/line/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data4) < 1){
const err15 = {instancePath:instancePath+"/dialogue/" + i0+"/line",schemaPath:"#/$defs/dialogueLine/properties/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/dialogue/" + i0+"/line",schemaPath:"#/$defs/dialogueLine/properties/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.speaker !== undefined){
let data5 = data3.speaker;
if(typeof data5 === "string"){
if(func2(data5) > 64){
const err17 = {instancePath:instancePath+"/dialogue/" + i0+"/speaker",schemaPath:"#/$defs/dialogueLine/properties/speaker/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data5) < 1){
const err18 = {instancePath:instancePath+"/dialogue/" + i0+"/speaker",schemaPath:"#/$defs/dialogueLine/properties/speaker/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/dialogue/" + i0+"/speaker",schemaPath:"#/$defs/dialogueLine/properties/speaker/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.language !== undefined){
let data6 = data3.language;
if(typeof data6 === "string"){
if(!pattern10.test(data6)){
const err20 = {instancePath:instancePath+"/dialogue/" + i0+"/language",schemaPath:"#/$defs/dialogueLine/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/dialogue/" + i0+"/language",schemaPath:"#/$defs/dialogueLine/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.start !== undefined){
let data7 = data3.start;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/dialogue/" + i0+"/start",schemaPath:"#/$defs/dialogueLine/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/dialogue/" + i0+"/start",schemaPath:"#/$defs/dialogueLine/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.end !== undefined){
let data8 = data3.end;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 <= 0 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/dialogue/" + i0+"/end",schemaPath:"#/$defs/dialogueLine/properties/end/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/dialogue/" + i0+"/end",schemaPath:"#/$defs/dialogueLine/properties/end/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/dialogue/" + i0,schemaPath:"#/$defs/dialogueLine/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err27 = {instancePath:instancePath+"/dialogue/" + i0,schemaPath:"#/properties/dialogue/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/dialogue",schemaPath:"#/properties/dialogue/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.model !== undefined){
let data9 = data.model;
const _errs27 = errors;
let valid6 = false;
const _errs28 = errors;
if(!((((((((((((((data9 === "doubao-seedance-2.0") || (data9 === "doubao-seedance-2-fast")) || (data9 === "doubao-seedance-2")) || (data9 === "doubao-seedance-2-0-260128")) || (data9 === "dreamina-seedance-2-0-260128")) || (data9 === "doubao-seedance-2-0-fast-260128")) || (data9 === "dreamina-seedance-2-0-fast-260128")) || (data9 === "doubao-seedance-2-0-mini-260615")) || (data9 === "dreamina-seedance-2-0-mini-260615")) || (data9 === "doubao-seedance-1-5-pro-251215")) || (data9 === "doubao-seedance-1-0-pro-250528")) || (data9 === "doubao-seedance-1-0-pro-fast-251015")) || (data9 === "doubao-seedance-1-0-lite-t2v-250428")) || (data9 === "doubao-seedance-1-0-lite-i2v-250428"))){
const err29 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema36.properties.model.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid6 = valid6 || _valid1;
const _errs29 = errors;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err30 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid1 = _errs29 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err32 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.resolution !== undefined){
let data10 = data.resolution;
if(!((((data10 === "480p") || (data10 === "720p")) || (data10 === "1080p")) || (data10 === "4k"))){
const err33 = {instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/enum",keyword:"enum",params:{allowedValues: schema36.properties.resolution.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.ratio !== undefined){
let data11 = data.ratio;
if(!(((((((data11 === "16:9") || (data11 === "4:3")) || (data11 === "1:1")) || (data11 === "3:4")) || (data11 === "9:16")) || (data11 === "21:9")) || (data11 === "adaptive"))){
const err34 = {instancePath:instancePath+"/ratio",schemaPath:"#/properties/ratio/enum",keyword:"enum",params:{allowedValues: schema36.properties.ratio.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.duration !== undefined){
let data12 = data.duration;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err35 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 15 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data12 < -1 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data.seed !== undefined){
let data13 = data.seed;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err38 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 4294967295 || isNaN(data13)){
const err39 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data13 < -1 || isNaN(data13)){
const err40 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.generate_audio !== undefined){
if(typeof data.generate_audio !== "boolean"){
const err41 = {instancePath:instancePath+"/generate_audio",schemaPath:"#/properties/generate_audio/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.watermark !== undefined){
if(typeof data.watermark !== "boolean"){
const err42 = {instancePath:instancePath+"/watermark",schemaPath:"#/properties/watermark/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.return_last_frame !== undefined){
if(typeof data.return_last_frame !== "boolean"){
const err43 = {instancePath:instancePath+"/return_last_frame",schemaPath:"#/properties/return_last_frame/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.camera_fixed !== undefined){
if(typeof data.camera_fixed !== "boolean"){
const err44 = {instancePath:instancePath+"/camera_fixed",schemaPath:"#/properties/camera_fixed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.service_tier !== undefined){
let data18 = data.service_tier;
if(!((data18 === "default") || (data18 === "flex"))){
const err45 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/enum",keyword:"enum",params:{allowedValues: schema36.properties.service_tier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.execution_expires_after !== undefined){
let data19 = data.execution_expires_after;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err46 = {instancePath:instancePath+"/execution_expires_after",schemaPath:"#/properties/execution_expires_after/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 259200 || isNaN(data19)){
const err47 = {instancePath:instancePath+"/execution_expires_after",schemaPath:"#/properties/execution_expires_after/maximum",keyword:"maximum",params:{comparison: "<=", limit: 259200},message:"must be <= 259200"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data19 < 3600 || isNaN(data19)){
const err48 = {instancePath:instancePath+"/execution_expires_after",schemaPath:"#/properties/execution_expires_after/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3600},message:"must be >= 3600"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data.frames !== undefined){
let data20 = data.frames;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err49 = {instancePath:instancePath+"/frames",schemaPath:"#/properties/frames/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 289 || isNaN(data20)){
const err50 = {instancePath:instancePath+"/frames",schemaPath:"#/properties/frames/maximum",keyword:"maximum",params:{comparison: "<=", limit: 289},message:"must be <= 289"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data20 < 29 || isNaN(data20)){
const err51 = {instancePath:instancePath+"/frames",schemaPath:"#/properties/frames/minimum",keyword:"minimum",params:{comparison: ">=", limit: 29},message:"must be >= 29"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data.priority !== undefined){
let data21 = data.priority;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err52 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 9 || isNaN(data21)){
const err53 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data21 < 0 || isNaN(data21)){
const err54 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data.tools !== undefined){
let data22 = data.tools;
if(Array.isArray(data22)){
if(data22.length > 1){
const err55 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data22.length < 1){
const err56 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.type === undefined){
const err57 = {instancePath:instancePath+"/tools/" + i1,schemaPath:"#/properties/tools/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key2 in data23){
if(!(key2 === "type")){
const err58 = {instancePath:instancePath+"/tools/" + i1,schemaPath:"#/properties/tools/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data23.type !== undefined){
if(!(data23.type === "web_search")){
const err59 = {instancePath:instancePath+"/tools/" + i1+"/type",schemaPath:"#/properties/tools/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.tools.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/tools/" + i1,schemaPath:"#/properties/tools/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.safety_identifier !== undefined){
let data25 = data.safety_identifier;
if(typeof data25 === "string"){
if(func2(data25) > 64){
const err62 = {instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func2(data25) < 1){
const err63 = {instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.callback_url !== undefined){
let data26 = data.callback_url;
if(typeof data26 === "string"){
if(!pattern8.test(data26)){
const err65 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+([/?#]\\S*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+([/?#]\\S*)?$"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.size !== undefined){
let data27 = data.size;
if(!((((data27 === "1280x720") || (data27 === "720x1080")) || (data27 === "1920x1080")) || (data27 === "1080x1920"))){
const err67 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/enum",keyword:"enum",params:{allowedValues: schema36.properties.size.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.draft !== undefined){
if(typeof data.draft !== "boolean"){
const err68 = {instancePath:instancePath+"/draft",schemaPath:"#/properties/draft/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.from_draft !== undefined){
let data29 = data.from_draft;
if(typeof data29 === "string"){
if(!pattern9.test(data29)){
const err69 = {instancePath:instancePath+"/from_draft",schemaPath:"#/properties/from_draft/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/from_draft",schemaPath:"#/properties/from_draft/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.first_frame !== undefined){
if(!(validate24(data.first_frame, {instancePath:instancePath+"/first_frame",parentData:data,parentDataProperty:"first_frame",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.last_frame !== undefined){
if(!(validate24(data.last_frame, {instancePath:instancePath+"/last_frame",parentData:data,parentDataProperty:"last_frame",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.reference_images !== undefined){
let data32 = data.reference_images;
if(Array.isArray(data32)){
if(data32.length > 9){
const err71 = {instancePath:instancePath+"/reference_images",schemaPath:"#/properties/reference_images/maxItems",keyword:"maxItems",params:{limit: 9},message:"must NOT have more than 9 items"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data32.length < 1){
const err72 = {instancePath:instancePath+"/reference_images",schemaPath:"#/properties/reference_images/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
const len2 = data32.length;
for(let i2=0; i2<len2; i2++){
if(!(validate24(data32[i2], {instancePath:instancePath+"/reference_images/" + i2,parentData:data32,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err73 = {instancePath:instancePath+"/reference_images",schemaPath:"#/properties/reference_images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.reference_videos !== undefined){
let data34 = data.reference_videos;
if(Array.isArray(data34)){
if(data34.length > 3){
const err74 = {instancePath:instancePath+"/reference_videos",schemaPath:"#/properties/reference_videos/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data34.length < 1){
const err75 = {instancePath:instancePath+"/reference_videos",schemaPath:"#/properties/reference_videos/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
const len3 = data34.length;
for(let i3=0; i3<len3; i3++){
if(!(validate24(data34[i3], {instancePath:instancePath+"/reference_videos/" + i3,parentData:data34,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err76 = {instancePath:instancePath+"/reference_videos",schemaPath:"#/properties/reference_videos/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.reference_audio !== undefined){
let data36 = data.reference_audio;
if(Array.isArray(data36)){
if(data36.length > 3){
const err77 = {instancePath:instancePath+"/reference_audio",schemaPath:"#/properties/reference_audio/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data36.length < 1){
const err78 = {instancePath:instancePath+"/reference_audio",schemaPath:"#/properties/reference_audio/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const len4 = data36.length;
for(let i4=0; i4<len4; i4++){
if(!(validate24(data36[i4], {instancePath:instancePath+"/reference_audio/" + i4,parentData:data36,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err79 = {instancePath:instancePath+"/reference_audio",schemaPath:"#/properties/reference_audio/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.retries !== undefined){
let data38 = data.retries;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err80 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 10 || isNaN(data38)){
const err81 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data38 < 0 || isNaN(data38)){
const err82 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data.takes !== undefined){
let data39 = data.takes;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err83 = {instancePath:instancePath+"/takes",schemaPath:"#/properties/takes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 10 || isNaN(data39)){
const err84 = {instancePath:instancePath+"/takes",schemaPath:"#/properties/takes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data39 < 1 || isNaN(data39)){
const err85 = {instancePath:instancePath+"/takes",schemaPath:"#/properties/takes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
if(data.take !== undefined){
let data40 = data.take;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err86 = {instancePath:instancePath+"/take",schemaPath:"#/properties/take/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 > 10 || isNaN(data40)){
const err87 = {instancePath:instancePath+"/take",schemaPath:"#/properties/take/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data40 < 1 || isNaN(data40)){
const err88 = {instancePath:instancePath+"/take",schemaPath:"#/properties/take/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
if(data.refusals !== undefined){
let data41 = data.refusals;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err89 = {instancePath:instancePath+"/refusals",schemaPath:"#/properties/refusals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 > 10 || isNaN(data41)){
const err90 = {instancePath:instancePath+"/refusals",schemaPath:"#/properties/refusals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data41 < 0 || isNaN(data41)){
const err91 = {instancePath:instancePath+"/refusals",schemaPath:"#/properties/refusals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
}
else {
const err92 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/seedance-pipeline/seedance-pipeline/schemas/manifest.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.shots === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shots"},message:"must have required property '"+"shots"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.api !== undefined){
let data2 = data.api;
if(!((data2 === "native") || (data2 === "openai"))){
const err6 = {instancePath:instancePath+"/api",schemaPath:"#/properties/api/enum",keyword:"enum",params:{allowedValues: schema31.properties.api.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.base_url !== undefined){
let data3 = data.base_url;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err7 = {instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+(/[^\\s?#]*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+(/[^\\s?#]*)?$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.output !== undefined){
let data4 = data.output;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err9 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.store !== undefined){
let data5 = data.store;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err11 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern6.test(data5)){
const err12 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/pattern",keyword:"pattern",params:{pattern: "^(?![A-Za-z][A-Za-z0-9+.-]*://)"},message:"must match pattern \""+"^(?![A-Za-z][A-Za-z0-9+.-]*://)"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.concurrency !== undefined){
let data6 = data.concurrency;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.pricing !== undefined){
let data7 = data.pricing;
const _errs15 = errors;
let valid1 = false;
let passing0 = null;
const _errs16 = errors;
if(!((data7 === "volcengine") || (data7 === "byteplus"))){
const err17 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.pricing.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs16 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs17 = errors;
if(!(validate21(data7, {instancePath:instancePath+"/pricing",parentData:data,parentDataProperty:"pricing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err18 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.budget !== undefined){
let data8 = data.budget;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.max === undefined){
const err19 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data8){
if(!(key1 === "max")){
const err20 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.max !== undefined){
let data9 = data8.max;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 <= 0 || isNaN(data9)){
const err21 = {instancePath:instancePath+"/budget/max",schemaPath:"#/properties/budget/properties/max/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/budget/max",schemaPath:"#/properties/budget/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.defaults !== undefined){
let data10 = data.defaults;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!(func1.call(schema35.properties, key2))){
const err24 = {instancePath:instancePath+"/defaults",schemaPath:"#/$defs/settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.model !== undefined){
let data11 = data10.model;
const _errs28 = errors;
let valid5 = false;
const _errs29 = errors;
if(!((((((((((((((data11 === "doubao-seedance-2.0") || (data11 === "doubao-seedance-2-fast")) || (data11 === "doubao-seedance-2")) || (data11 === "doubao-seedance-2-0-260128")) || (data11 === "dreamina-seedance-2-0-260128")) || (data11 === "doubao-seedance-2-0-fast-260128")) || (data11 === "dreamina-seedance-2-0-fast-260128")) || (data11 === "doubao-seedance-2-0-mini-260615")) || (data11 === "dreamina-seedance-2-0-mini-260615")) || (data11 === "doubao-seedance-1-5-pro-251215")) || (data11 === "doubao-seedance-1-0-pro-250528")) || (data11 === "doubao-seedance-1-0-pro-fast-251015")) || (data11 === "doubao-seedance-1-0-lite-t2v-250428")) || (data11 === "doubao-seedance-1-0-lite-i2v-250428"))){
const err25 = {instancePath:instancePath+"/defaults/model",schemaPath:"#/$defs/settings/properties/model/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema35.properties.model.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs29 === errors;
valid5 = valid5 || _valid1;
const _errs30 = errors;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err26 = {instancePath:instancePath+"/defaults/model",schemaPath:"#/$defs/settings/properties/model/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/defaults/model",schemaPath:"#/$defs/settings/properties/model/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const err28 = {instancePath:instancePath+"/defaults/model",schemaPath:"#/$defs/settings/properties/model/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data10.resolution !== undefined){
let data12 = data10.resolution;
if(!((((data12 === "480p") || (data12 === "720p")) || (data12 === "1080p")) || (data12 === "4k"))){
const err29 = {instancePath:instancePath+"/defaults/resolution",schemaPath:"#/$defs/settings/properties/resolution/enum",keyword:"enum",params:{allowedValues: schema35.properties.resolution.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.ratio !== undefined){
let data13 = data10.ratio;
if(!(((((((data13 === "16:9") || (data13 === "4:3")) || (data13 === "1:1")) || (data13 === "3:4")) || (data13 === "9:16")) || (data13 === "21:9")) || (data13 === "adaptive"))){
const err30 = {instancePath:instancePath+"/defaults/ratio",schemaPath:"#/$defs/settings/properties/ratio/enum",keyword:"enum",params:{allowedValues: schema35.properties.ratio.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.duration !== undefined){
let data14 = data10.duration;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err31 = {instancePath:instancePath+"/defaults/duration",schemaPath:"#/$defs/settings/properties/duration/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 15 || isNaN(data14)){
const err32 = {instancePath:instancePath+"/defaults/duration",schemaPath:"#/$defs/settings/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data14 < -1 || isNaN(data14)){
const err33 = {instancePath:instancePath+"/defaults/duration",schemaPath:"#/$defs/settings/properties/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data10.seed !== undefined){
let data15 = data10.seed;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err34 = {instancePath:instancePath+"/defaults/seed",schemaPath:"#/$defs/settings/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 4294967295 || isNaN(data15)){
const err35 = {instancePath:instancePath+"/defaults/seed",schemaPath:"#/$defs/settings/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data15 < -1 || isNaN(data15)){
const err36 = {instancePath:instancePath+"/defaults/seed",schemaPath:"#/$defs/settings/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data10.generate_audio !== undefined){
if(typeof data10.generate_audio !== "boolean"){
const err37 = {instancePath:instancePath+"/defaults/generate_audio",schemaPath:"#/$defs/settings/properties/generate_audio/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data10.watermark !== undefined){
if(typeof data10.watermark !== "boolean"){
const err38 = {instancePath:instancePath+"/defaults/watermark",schemaPath:"#/$defs/settings/properties/watermark/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data10.return_last_frame !== undefined){
if(typeof data10.return_last_frame !== "boolean"){
const err39 = {instancePath:instancePath+"/defaults/return_last_frame",schemaPath:"#/$defs/settings/properties/return_last_frame/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data10.camera_fixed !== undefined){
if(typeof data10.camera_fixed !== "boolean"){
const err40 = {instancePath:instancePath+"/defaults/camera_fixed",schemaPath:"#/$defs/settings/properties/camera_fixed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data10.service_tier !== undefined){
let data20 = data10.service_tier;
if(!((data20 === "default") || (data20 === "flex"))){
const err41 = {instancePath:instancePath+"/defaults/service_tier",schemaPath:"#/$defs/settings/properties/service_tier/enum",keyword:"enum",params:{allowedValues: schema35.properties.service_tier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data10.execution_expires_after !== undefined){
let data21 = data10.execution_expires_after;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err42 = {instancePath:instancePath+"/defaults/execution_expires_after",schemaPath:"#/$defs/settings/properties/execution_expires_after/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 259200 || isNaN(data21)){
const err43 = {instancePath:instancePath+"/defaults/execution_expires_after",schemaPath:"#/$defs/settings/properties/execution_expires_after/maximum",keyword:"maximum",params:{comparison: "<=", limit: 259200},message:"must be <= 259200"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data21 < 3600 || isNaN(data21)){
const err44 = {instancePath:instancePath+"/defaults/execution_expires_after",schemaPath:"#/$defs/settings/properties/execution_expires_after/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3600},message:"must be >= 3600"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data10.frames !== undefined){
let data22 = data10.frames;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err45 = {instancePath:instancePath+"/defaults/frames",schemaPath:"#/$defs/settings/properties/frames/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 289 || isNaN(data22)){
const err46 = {instancePath:instancePath+"/defaults/frames",schemaPath:"#/$defs/settings/properties/frames/maximum",keyword:"maximum",params:{comparison: "<=", limit: 289},message:"must be <= 289"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data22 < 29 || isNaN(data22)){
const err47 = {instancePath:instancePath+"/defaults/frames",schemaPath:"#/$defs/settings/properties/frames/minimum",keyword:"minimum",params:{comparison: ">=", limit: 29},message:"must be >= 29"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data10.priority !== undefined){
let data23 = data10.priority;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err48 = {instancePath:instancePath+"/defaults/priority",schemaPath:"#/$defs/settings/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 9 || isNaN(data23)){
const err49 = {instancePath:instancePath+"/defaults/priority",schemaPath:"#/$defs/settings/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data23 < 0 || isNaN(data23)){
const err50 = {instancePath:instancePath+"/defaults/priority",schemaPath:"#/$defs/settings/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data10.tools !== undefined){
let data24 = data10.tools;
if(Array.isArray(data24)){
if(data24.length > 1){
const err51 = {instancePath:instancePath+"/defaults/tools",schemaPath:"#/$defs/settings/properties/tools/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data24.length < 1){
const err52 = {instancePath:instancePath+"/defaults/tools",schemaPath:"#/$defs/settings/properties/tools/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len0 = data24.length;
for(let i0=0; i0<len0; i0++){
let data25 = data24[i0];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.type === undefined){
const err53 = {instancePath:instancePath+"/defaults/tools/" + i0,schemaPath:"#/$defs/settings/properties/tools/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key3 in data25){
if(!(key3 === "type")){
const err54 = {instancePath:instancePath+"/defaults/tools/" + i0,schemaPath:"#/$defs/settings/properties/tools/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data25.type !== undefined){
if(!(data25.type === "web_search")){
const err55 = {instancePath:instancePath+"/defaults/tools/" + i0+"/type",schemaPath:"#/$defs/settings/properties/tools/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.tools.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/defaults/tools/" + i0,schemaPath:"#/$defs/settings/properties/tools/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/defaults/tools",schemaPath:"#/$defs/settings/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data10.safety_identifier !== undefined){
let data27 = data10.safety_identifier;
if(typeof data27 === "string"){
if(func2(data27) > 64){
const err58 = {instancePath:instancePath+"/defaults/safety_identifier",schemaPath:"#/$defs/settings/properties/safety_identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(func2(data27) < 1){
const err59 = {instancePath:instancePath+"/defaults/safety_identifier",schemaPath:"#/$defs/settings/properties/safety_identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/defaults/safety_identifier",schemaPath:"#/$defs/settings/properties/safety_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data10.callback_url !== undefined){
let data28 = data10.callback_url;
if(typeof data28 === "string"){
if(!pattern8.test(data28)){
const err61 = {instancePath:instancePath+"/defaults/callback_url",schemaPath:"#/$defs/settings/properties/callback_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+([/?#]\\S*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+([/?#]\\S*)?$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/defaults/callback_url",schemaPath:"#/$defs/settings/properties/callback_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data10.size !== undefined){
let data29 = data10.size;
if(!((((data29 === "1280x720") || (data29 === "720x1080")) || (data29 === "1920x1080")) || (data29 === "1080x1920"))){
const err63 = {instancePath:instancePath+"/defaults/size",schemaPath:"#/$defs/settings/properties/size/enum",keyword:"enum",params:{allowedValues: schema35.properties.size.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data10.takes !== undefined){
let data30 = data10.takes;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err64 = {instancePath:instancePath+"/defaults/takes",schemaPath:"#/$defs/settings/properties/takes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 10 || isNaN(data30)){
const err65 = {instancePath:instancePath+"/defaults/takes",schemaPath:"#/$defs/settings/properties/takes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data30 < 1 || isNaN(data30)){
const err66 = {instancePath:instancePath+"/defaults/takes",schemaPath:"#/$defs/settings/properties/takes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
if(data10.refusals !== undefined){
let data31 = data10.refusals;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err67 = {instancePath:instancePath+"/defaults/refusals",schemaPath:"#/$defs/settings/properties/refusals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 10 || isNaN(data31)){
const err68 = {instancePath:instancePath+"/defaults/refusals",schemaPath:"#/$defs/settings/properties/refusals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err69 = {instancePath:instancePath+"/defaults/refusals",schemaPath:"#/$defs/settings/properties/refusals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
}
else {
const err70 = {instancePath:instancePath+"/defaults",schemaPath:"#/$defs/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.shots !== undefined){
let data32 = data.shots;
if(Array.isArray(data32)){
const len1 = data32.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data32[i1], {instancePath:instancePath+"/shots/" + i1,parentData:data32,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
if(Array.isArray(data32)){
if(data32.length < 1){
const err71 = {instancePath:instancePath+"/shots",schemaPath:"#/properties/shots/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/shots",schemaPath:"#/properties/shots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.concat !== undefined){
let data34 = data.concat;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key4 in data34){
if(!((((((((key4 === "output") || (key4 === "shots")) || (key4 === "transition")) || (key4 === "trim")) || (key4 === "audio")) || (key4 === "loudness")) || (key4 === "size")) || (key4 === "export"))){
const err73 = {instancePath:instancePath+"/concat",schemaPath:"#/$defs/concat/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data34.output !== undefined){
let data35 = data34.output;
if(typeof data35 === "string"){
if(func2(data35) < 1){
const err74 = {instancePath:instancePath+"/concat/output",schemaPath:"#/$defs/concat/properties/output/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/concat/output",schemaPath:"#/$defs/concat/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data34.shots !== undefined){
let data36 = data34.shots;
if(Array.isArray(data36)){
if(data36.length < 1){
const err76 = {instancePath:instancePath+"/concat/shots",schemaPath:"#/$defs/concat/properties/shots/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
const len2 = data36.length;
for(let i2=0; i2<len2; i2++){
let data37 = data36[i2];
if(typeof data37 === "string"){
if(!pattern9.test(data37)){
const err77 = {instancePath:instancePath+"/concat/shots/" + i2,schemaPath:"#/$defs/concat/properties/shots/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/concat/shots/" + i2,schemaPath:"#/$defs/concat/properties/shots/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/concat/shots",schemaPath:"#/$defs/concat/properties/shots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data34.transition !== undefined){
let data38 = data34.transition;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.type === undefined){
const err80 = {instancePath:instancePath+"/concat/transition",schemaPath:"#/$defs/concat/properties/transition/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key5 in data38){
if(!((key5 === "type") || (key5 === "duration"))){
const err81 = {instancePath:instancePath+"/concat/transition",schemaPath:"#/$defs/concat/properties/transition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data38.type !== undefined){
let data39 = data38.type;
if(!((data39 === "cut") || (data39 === "crossfade"))){
const err82 = {instancePath:instancePath+"/concat/transition/type",schemaPath:"#/$defs/concat/properties/transition/properties/type/enum",keyword:"enum",params:{allowedValues: schema40.properties.transition.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data38.duration !== undefined){
let data40 = data38.duration;
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 > 5 || isNaN(data40)){
const err83 = {instancePath:instancePath+"/concat/transition/duration",schemaPath:"#/$defs/concat/properties/transition/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data40 <= 0 || isNaN(data40)){
const err84 = {instancePath:instancePath+"/concat/transition/duration",schemaPath:"#/$defs/concat/properties/transition/properties/duration/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/concat/transition/duration",schemaPath:"#/$defs/concat/properties/transition/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/concat/transition",schemaPath:"#/$defs/concat/properties/transition/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data34.trim !== undefined){
let data41 = data34.trim;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key6 in data41){
const _errs90 = errors;
if(typeof key6 === "string"){
if(!pattern9.test(key6)){
const err87 = {instancePath:instancePath+"/concat/trim",schemaPath:"#/$defs/concat/properties/trim/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\"",propertyName:key6};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
var valid17 = _errs90 === errors;
if(!valid17){
const err88 = {instancePath:instancePath+"/concat/trim",schemaPath:"#/$defs/concat/properties/trim/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
for(const key7 in data41){
let data42 = data41[key7];
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key8 in data42){
if(!((key8 === "start") || (key8 === "end"))){
const err89 = {instancePath:instancePath+"/concat/trim/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/concat/properties/trim/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data42.start !== undefined){
let data43 = data42.start;
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 < 0 || isNaN(data43)){
const err90 = {instancePath:instancePath+"/concat/trim/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/start",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/concat/trim/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/start",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data42.end !== undefined){
let data44 = data42.end;
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 <= 0 || isNaN(data44)){
const err92 = {instancePath:instancePath+"/concat/trim/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/end",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/end/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/concat/trim/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/end",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/end/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/concat/trim/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/concat/properties/trim/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/concat/trim",schemaPath:"#/$defs/concat/properties/trim/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data34.audio !== undefined){
let data45 = data34.audio;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.file === undefined){
const err96 = {instancePath:instancePath+"/concat/audio",schemaPath:"#/$defs/concat/properties/audio/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
for(const key9 in data45){
if(!((key9 === "file") || (key9 === "volume"))){
const err97 = {instancePath:instancePath+"/concat/audio",schemaPath:"#/$defs/concat/properties/audio/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data45.file !== undefined){
let data46 = data45.file;
if(typeof data46 === "string"){
if(func2(data46) < 1){
const err98 = {instancePath:instancePath+"/concat/audio/file",schemaPath:"#/$defs/concat/properties/audio/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/concat/audio/file",schemaPath:"#/$defs/concat/properties/audio/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data45.volume !== undefined){
let data47 = data45.volume;
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 4 || isNaN(data47)){
const err100 = {instancePath:instancePath+"/concat/audio/volume",schemaPath:"#/$defs/concat/properties/audio/properties/volume/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data47 < 0 || isNaN(data47)){
const err101 = {instancePath:instancePath+"/concat/audio/volume",schemaPath:"#/$defs/concat/properties/audio/properties/volume/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/concat/audio/volume",schemaPath:"#/$defs/concat/properties/audio/properties/volume/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/concat/audio",schemaPath:"#/$defs/concat/properties/audio/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data34.loudness !== undefined){
let data48 = data34.loudness;
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > -5 || isNaN(data48)){
const err104 = {instancePath:instancePath+"/concat/loudness",schemaPath:"#/$defs/concat/properties/loudness/maximum",keyword:"maximum",params:{comparison: "<=", limit: -5},message:"must be <= -5"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data48 < -70 || isNaN(data48)){
const err105 = {instancePath:instancePath+"/concat/loudness",schemaPath:"#/$defs/concat/properties/loudness/minimum",keyword:"minimum",params:{comparison: ">=", limit: -70},message:"must be >= -70"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/concat/loudness",schemaPath:"#/$defs/concat/properties/loudness/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data34.size !== undefined){
let data49 = data34.size;
if(typeof data49 === "string"){
if(!pattern16.test(data49)){
const err107 = {instancePath:instancePath+"/concat/size",schemaPath:"#/$defs/concat/properties/size/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"},message:"must match pattern \""+"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"+"\""};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/concat/size",schemaPath:"#/$defs/concat/properties/size/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data34.export !== undefined){
let data50 = data34.export;
if(Array.isArray(data50)){
const len3 = data50.length;
for(let i3=0; i3<len3; i3++){
let data51 = data50[i3];
if(!((((data51 === "mlt") || (data51 === "otio")) || (data51 === "fcpxml")) || (data51 === "edl"))){
const err109 = {instancePath:instancePath+"/concat/export/" + i3,schemaPath:"#/$defs/concat/properties/export/items/enum",keyword:"enum",params:{allowedValues: schema40.properties.export.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
let i4 = data50.length;
let j0;
if(i4 > 1){
outer0:
for(;i4--;){
for(j0 = i4; j0--;){
if(func0(data50[i4], data50[j0])){
const err110 = {instancePath:instancePath+"/concat/export",schemaPath:"#/$defs/concat/properties/export/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err111 = {instancePath:instancePath+"/concat/export",schemaPath:"#/$defs/concat/properties/export/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/concat",schemaPath:"#/$defs/concat/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/** The schema itself, for explaining errors (allowed keys). */
export const manifestSchema = {"description":"A storyboard for seedance-pipeline: shots made with the Seedance video API, chained, then joined into one film. Needs version: 1 and shots:.","$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/seedance-pipeline/seedance-pipeline/schemas/manifest.schema.json","type":"object","additionalProperties":false,"required":["version","shots"],"properties":{"version":{"title":"Manifest version","description":"The manifest format version. Only 1 exists: write version: 1.","const":1},"name":{"title":"Film name","description":"Name of the film: 1 to 64 letters, digits, ., _ and -, starting with a letter or digit. It names the output folder (out/<name>). Default: the manifest's file name without its extension. Example: name: kitten-morning","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},"api":{"title":"Wire format","description":"Which API the shots are sent to: native (/api/v3/contents/generations/tasks: resolution, ratio, drafts, reference audio) or openai (/v1/videos: size instead). Default: native.","enum":["native","openai"]},"base_url":{"title":"Base URL","description":"Host root of the service; the API path is appended. SEEDANCE_BASE_URL overrides it. The API key is only sent to hosts you chose or trust. Example: base_url: https://api.wisgate.ai","type":"string","pattern":"^https?://[^\\s/?#]+(/[^\\s?#]*)?$"},"output":{"title":"Output folder","description":"Folder for the clips, the film, the lock and the report, relative to the manifest's folder and inside the project. Default: out/<name>. Example: output: out/trailer","type":"string","minLength":1},"store":{"title":"Clip store","description":"Folder of the clip store (every clip made, kept by the fingerprint of its inputs, so a shot made before costs nothing again), relative to the manifest's folder and inside the project. SEEDANCE_STORE overrides it, and only SEEDANCE_STORE can name a bucket (s3://bucket/prefix). Default: .seedance/store beside the manifest.","type":"string","minLength":1,"pattern":"^(?![A-Za-z][A-Za-z0-9+.-]*://)"},"concurrency":{"title":"Concurrency","description":"Most tasks at the service at once, 1..100. --concurrency overrides it. Mind your account's limit of running tasks (10 by default; 4k: 1). Default: 3. Example: concurrency: 5","type":"integer","minimum":1,"maximum":100},"pricing":{"title":"Pricing","description":"Prices, so plan, run, status and the report show what shots cost. Either a built-in table by name — volcengine (CNY) or byteplus (USD); see docs/pricing.md for each figure, its source and date — or a table of your own, with a currency and prices per million tokens by model id. SEEDANCE_PRICING (a name or a file) overrides it. Without a table, costs are not shown and nothing else changes.","oneOf":[{"enum":["volcengine","byteplus"]},{"$ref":"#/$defs/priceTable"}]},"budget":{"title":"Budget","description":"A spending limit for each run, in the price table's currency (needs pricing). --max-cost overrides it. Example: budget: { max: 20 }","type":"object","additionalProperties":false,"required":["max"],"properties":{"max":{"title":"Most a run may spend","description":"Most a run may spend, in the price table's currency (more than 0). A run whose estimate is higher sends nothing; during a run no task is submitted that would take billed plus in-flight costs past it (takes and re-rolls count). Example: max: 20","type":"number","exclusiveMinimum":0}}},"defaults":{"title":"Defaults","description":"Generation settings for every shot (model, resolution, ratio, duration, …); a shot's own value wins. Shot-only keys such as id, prompt or first_frame cannot go here.","$ref":"#/$defs/settings"},"shots":{"title":"Shots","description":"The shots, in story order: each is one generation task and one clip, with at least an id and (unless it has images or videos) a prompt. A shot can start on another's last frame with first_frame: { shot: <id> }.","type":"array","minItems":1,"allOf":[{"items":{"$ref":"#/$defs/shot"}}]},"concat":{"title":"Concat","description":"Join the clips into one film after the shots are made: which shots, in what order, how they meet, trims and a music bed. Without it every shot that is not a draft is joined in manifest order with cuts.","$ref":"#/$defs/concat"}},"$defs":{"settings":{"title":"Generation settings","description":"Generation settings: model, resolution, ratio, duration, seed, audio and the rest.","type":"object","additionalProperties":false,"properties":{"model":{"title":"Model","description":"Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id ep-… or a model newer than this tool passes with a warning and generic checks. Default: doubao-seedance-2.0 (api: native) or doubao-seedance-2 (api: openai).","anyOf":[{"enum":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","dreamina-seedance-2-0-260128","doubao-seedance-2-0-fast-260128","dreamina-seedance-2-0-fast-260128","doubao-seedance-2-0-mini-260615","dreamina-seedance-2-0-mini-260615","doubao-seedance-1-5-pro-251215","doubao-seedance-1-0-pro-250528","doubao-seedance-1-0-pro-fast-251015","doubao-seedance-1-0-lite-t2v-250428","doubao-seedance-1-0-lite-i2v-250428"]},{"type":"string","minLength":1}]},"resolution":{"title":"Resolution","description":"Output resolution (api: native; with api: openai use size). Higher costs more tokens: tokens grow with the pixel count. Default: 720p. A draft: true shot is always 480p.","enum":["480p","720p","1080p","4k"]},"ratio":{"title":"Aspect ratio","description":"Aspect ratio of the clip (api: native). Quote it in YAML, or it is read as a number: ratio: \"16:9\". Default: \"16:9\".","enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"]},"duration":{"title":"Duration (seconds)","description":"Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or -1 (the model chooses), 1.5 pro 4..12 or -1, the 1.0 series 2..12 (or use frames), api: openai 4..15. seedance validate checks it against the model. Default: the model's own (5 s; 4 s with api: openai). Example: duration: 10","type":"integer","minimum":-1,"maximum":15},"seed":{"title":"Seed","description":"Random seed, -1..4294967295. The same seed and inputs give a similar clip; -1 lets the service pick. seedance pin writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use takes: to get a choice. Default: -1 (random).","type":"integer","minimum":-1,"maximum":4294967295},"generate_audio":{"title":"Generate audio","description":"Make a synchronized sound track with the clip: true or false (2.0 and 1.5 pro only). Default: the model's own (on for official 2.0 ids, off for the gateway names).","type":"boolean"},"watermark":{"title":"Watermark","description":"Put the \"AI generated\" watermark on the clip: true or false (api: native only). Default: false.","type":"boolean"},"return_last_frame":{"title":"Return last frame","description":"Ask the service for the clip's last frame as a PNG (api: native). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write return_last_frame: false to have the frame taken from the clip instead. Default: true (false for drafts).","type":"boolean"},"camera_fixed":{"title":"Fixed camera","description":"Keep the camera still: true or false (1.0 series and 1.5 pro; not 2.0). Default: off.","type":"boolean"},"service_tier":{"title":"Service tier","description":"How the service schedules the task: default (online) or flex (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini). Default: default.","enum":["default","flex"]},"execution_expires_after":{"title":"Expires after (seconds)","description":"Seconds a task may stay queued or running at the service before it is given up as expired: 3600..259200 (1 hour to 3 days). Default: 172800 (2 days). Example: execution_expires_after: 86400","type":"integer","minimum":3600,"maximum":259200},"frames":{"title":"Frames","description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, from 29 to 289 (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with duration. Example: frames: 121 (about 5 s)","type":"integer","minimum":29,"maximum":289},"priority":{"title":"Priority","description":"Queue priority among your own tasks on the account's endpoint, 0..9 (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with service_tier: flex. Default: 0.","type":"integer","minimum":0,"maximum":9},"tools":{"title":"Tools","description":"Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names: The searches made are counted in the task's usage.","type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","description":"A tool: { type: web_search }.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Tool type","description":"web_search: the model may search the web for what the prompt names.","enum":["web_search"]}}}},"safety_identifier":{"title":"Safety identifier","description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it. Example: safety_identifier: 5f2b9c0e","type":"string","minLength":1,"maxLength":64},"callback_url":{"title":"Callback URL","description":"An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it. Example: callback_url: https://example.com/seedance-hook","type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$"},"size":{"title":"Size (api: openai)","description":"Output size for api: openai, WIDTHxHEIGHT. With api: native use resolution and ratio instead. Default: 1280x720.","enum":["1280x720","720x1080","1920x1080","1080x1920"]},"takes":{"title":"Takes","description":"How many takes (tasks) to make of the shot, 1..10, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; take: picks the one the film and the shots after it use. Each take is billed. Default: 1. Example: takes: 3","type":"integer","minimum":1,"maximum":10},"refusals":{"title":"Refusals","description":"How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, 0..10. Refusals are not billed, and the same prompt often passes on a second try. Never for a …PrivacyInformation refusal (a real person in a reference image: retrying cannot help). Separate from retries:. Default: 0. Example: refusals: 2","type":"integer","minimum":0,"maximum":10}}},"concat":{"title":"Concat","description":"Join the clips into one film after the shots are made.","type":"object","additionalProperties":false,"properties":{"output":{"title":"Film file","description":"File name of the film, relative to the output folder; a video name (.mp4, .mov, …). Default: final.mp4. Example: output: kitten-morning.mp4","type":"string","minLength":1},"shots":{"title":"Film order","description":"Shot ids in film order; a shot may be left out or repeated. Default: every shot that is not a draft, in manifest order. Example: shots: [opening, garden, window]","type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"}},"transition":{"title":"Transition","description":"How the clips meet: { type: cut } (the default) or { type: crossfade, duration: 0.5 }.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Transition type","description":"cut (a straight join, stream copy when the clips match) or crossfade (video and audio overlap by duration). Default: cut.","enum":["cut","crossfade"]},"duration":{"title":"Crossfade length","description":"Crossfade length in seconds, more than 0 and at most 5. The film is shorter by one overlap per join. Default: 0.5. Example: duration: 1","type":"number","exclusiveMinimum":0,"maximum":5}}},"trim":{"title":"Trims","description":"Per-shot trims, by shot id: keep the part of the clip from start to end, in seconds.","type":"object","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"title":"Trim","description":"Keep the part of the clip from start to end (seconds).","type":"object","additionalProperties":false,"properties":{"start":{"title":"Trim start","description":"Seconds cut from the clip's beginning (0 or more). Default: 0. Example: start: 0.5","type":"number","minimum":0},"end":{"title":"Trim end","description":"Where the kept part ends, in seconds from the clip's start (more than start). Default: the clip's end. Example: end: 4","type":"number","exclusiveMinimum":0}}}},"audio":{"title":"Music bed","description":"A music bed mixed under the clips' own sound, as long as the film. Example: audio: { file: audio/theme.mp3, volume: 0.3 }","type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"title":"Music file","description":"The audio file, relative to the manifest (wav, mp3, m4a, flac, ogg, …). Example: file: audio/theme.mp3","type":"string","minLength":1},"volume":{"title":"Music volume","description":"Gain of the music bed, 0..4 (1 = as is). Default: 0.3. Example: volume: 0.5","type":"number","minimum":0,"maximum":4}}},"loudness":{"title":"Loudness","description":"Level the whole film, music bed included, to this integrated loudness in LUFS (EBU R128) with ffmpeg's two-pass loudnorm: -16 for the web and phones, -23 for broadcast. The report and summary state the measured value. Default: left as made. Example: loudness: -16","type":"number","minimum":-70,"maximum":-5},"size":{"title":"Film size","description":"Frame size of the film, WIDTHxHEIGHT; clips of another size are scaled to fit. Default: the first clip's size. Example: size: 1920x1080","type":"string","pattern":"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"},"export":{"title":"Editor projects","description":"Editor projects of the cut written after every join, beside the film as <name>.mlt, .otio, .fcpxml, .edl (as seedance export writes them): mlt for Shotcut and Kdenlive, otio for DaVinci Resolve, fcpxml for Final Cut Pro, edl for any CMX3600 reader. Example: export: [mlt, otio]","type":"array","uniqueItems":true,"items":{"enum":["mlt","otio","fcpxml","edl"]}}}},"shot":{"title":"Shot","description":"One shot: one generation task and one clip.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"title":"Shot id","description":"The shot's name, unique in the storyboard: 1 to 64 lowercase letters (a-z), digits (0-9), _ and -, starting with a letter or digit. It names the output files (<id>.mp4) and is how other shots, concat.shots and seedance pick refer to the shot. Example: id: wake-up","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"prompt":{"title":"Prompt","description":"What the shot shows: subject, action, camera, light, sound (at most 5000 characters). Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused). Use > for a long prompt over several lines. Example: prompt: A kitten stretches on a sunny windowsill, slow push-in","type":"string","minLength":1,"maxLength":5000},"dialogue":{"title":"Dialogue","description":"The lines a character speaks in the shot: a list of lines, each the words or { line, speaker, language, start, end }. They go into the prompt as quoted speech (the service voices quoted lines when generate_audio is on) and into the film's subtitles (<film>.srt and .vtt beside it, and a subtitle track inside it), timed to where the shot sits in the film. Example: dialogue: [{ speaker: Anna, line: Is the kettle on? }]","type":"array","minItems":1,"maxItems":20,"items":{"anyOf":[{"type":"string","minLength":1,"maxLength":500},{"$ref":"#/$defs/dialogueLine"}]}},"model":{"title":"Model","description":"Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id ep-… or a model newer than this tool passes with a warning and generic checks. Default: doubao-seedance-2.0 (api: native) or doubao-seedance-2 (api: openai).","anyOf":[{"enum":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","dreamina-seedance-2-0-260128","doubao-seedance-2-0-fast-260128","dreamina-seedance-2-0-fast-260128","doubao-seedance-2-0-mini-260615","dreamina-seedance-2-0-mini-260615","doubao-seedance-1-5-pro-251215","doubao-seedance-1-0-pro-250528","doubao-seedance-1-0-pro-fast-251015","doubao-seedance-1-0-lite-t2v-250428","doubao-seedance-1-0-lite-i2v-250428"]},{"type":"string","minLength":1}]},"resolution":{"title":"Resolution","description":"Output resolution (api: native; with api: openai use size). Higher costs more tokens: tokens grow with the pixel count. Default: 720p. A draft: true shot is always 480p.","enum":["480p","720p","1080p","4k"]},"ratio":{"title":"Aspect ratio","description":"Aspect ratio of the clip (api: native). Quote it in YAML, or it is read as a number: ratio: \"16:9\". Default: \"16:9\".","enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"]},"duration":{"title":"Duration (seconds)","description":"Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or -1 (the model chooses), 1.5 pro 4..12 or -1, the 1.0 series 2..12 (or use frames), api: openai 4..15. seedance validate checks it against the model. Default: the model's own (5 s; 4 s with api: openai). Example: duration: 10","type":"integer","minimum":-1,"maximum":15},"seed":{"title":"Seed","description":"Random seed, -1..4294967295. The same seed and inputs give a similar clip; -1 lets the service pick. seedance pin writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use takes: to get a choice. Default: -1 (random).","type":"integer","minimum":-1,"maximum":4294967295},"generate_audio":{"title":"Generate audio","description":"Make a synchronized sound track with the clip: true or false (2.0 and 1.5 pro only). Default: the model's own (on for official 2.0 ids, off for the gateway names).","type":"boolean"},"watermark":{"title":"Watermark","description":"Put the \"AI generated\" watermark on the clip: true or false (api: native only). Default: false.","type":"boolean"},"return_last_frame":{"title":"Return last frame","description":"Ask the service for the clip's last frame as a PNG (api: native). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write return_last_frame: false to have the frame taken from the clip instead. Default: true (false for drafts).","type":"boolean"},"camera_fixed":{"title":"Fixed camera","description":"Keep the camera still: true or false (1.0 series and 1.5 pro; not 2.0). Default: off.","type":"boolean"},"service_tier":{"title":"Service tier","description":"How the service schedules the task: default (online) or flex (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini). Default: default.","enum":["default","flex"]},"execution_expires_after":{"title":"Expires after (seconds)","description":"Seconds a task may stay queued or running at the service before it is given up as expired: 3600..259200 (1 hour to 3 days). Default: 172800 (2 days). Example: execution_expires_after: 86400","type":"integer","minimum":3600,"maximum":259200},"frames":{"title":"Frames","description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, from 29 to 289 (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with duration. Example: frames: 121 (about 5 s)","type":"integer","minimum":29,"maximum":289},"priority":{"title":"Priority","description":"Queue priority among your own tasks on the account's endpoint, 0..9 (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with service_tier: flex. Default: 0.","type":"integer","minimum":0,"maximum":9},"tools":{"title":"Tools","description":"Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names: The searches made are counted in the task's usage.","type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","description":"A tool: { type: web_search }.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Tool type","description":"web_search: the model may search the web for what the prompt names.","enum":["web_search"]}}}},"safety_identifier":{"title":"Safety identifier","description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it. Example: safety_identifier: 5f2b9c0e","type":"string","minLength":1,"maxLength":64},"callback_url":{"title":"Callback URL","description":"An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it. Example: callback_url: https://example.com/seedance-hook","type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$"},"size":{"title":"Size (api: openai)","description":"Output size for api: openai, WIDTHxHEIGHT. With api: native use resolution and ratio instead. Default: 1280x720.","enum":["1280x720","720x1080","1920x1080","1080x1920"]},"draft":{"title":"Draft","description":"Make a cheap 480p draft of the shot first; a later shot with from_draft: <this id> turns it into the final video. Drafts are left out of the film. api: native only, and only on models that make drafts. Default: false.","type":"boolean"},"from_draft":{"title":"From draft","description":"The id of a draft: true shot: this shot is that draft made final (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused, and its model makes the final: leave model off. Example: from_draft: garden-draft","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"first_frame":{"title":"First frame","description":"The image the clip starts on: a file path relative to the manifest, an http(s) URL, asset://ID or a data: URI. Or { shot: <id> } to start on that shot's last frame, chaining the two shots so the film flows. Example: first_frame: { shot: wake-up }","$ref":"#/$defs/media"},"last_frame":{"title":"Last frame","description":"The image the clip ends on (same forms as first_frame, including { shot: <id> }). Needs first_frame. Example: last_frame: images/garden.png","$ref":"#/$defs/media"},"reference_images":{"title":"Reference images","description":"Images the model takes people, products, places or a style from (1..9 on 2.0; 1..4 on 1.0 lite i2v), each a file, URL, asset://ID, data: URI or { shot: <id> } (that shot's last frame). Not together with first_frame/last_frame.","type":"array","minItems":1,"maxItems":9,"items":{"$ref":"#/$defs/media"}},"reference_videos":{"title":"Reference videos","description":"Videos the model takes motion, camera work or a look from (2.0 only; at most 3, 2..15 s each, 15 s together): http(s) URLs or asset:// ids, or { shot: <id> } for that shot's video. The service takes no uploaded video files, so local paths are refused. Their seconds are billed as input. Example: reference_videos: [{ shot: opening }]","type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"}},"reference_audio":{"title":"Reference audio","description":"Sound the model takes voice, music or rhythm from (2.0 api: native only; at most 3 clips, 2..15 s each, 15 s together): files, URLs, asset:// ids or data: URIs. Needs a reference image or video beside it. Example: reference_audio: [audio/jingle.mp3]","type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"}},"retries":{"title":"Retries","description":"How many times to resubmit the shot when its task ends failed for another reason than the content policy (that is refusals:), 0..10. A task that expired at the service, or one it no longer knows, is resubmitted once on top of these. Default: 0. Example: retries: 2","type":"integer","minimum":0,"maximum":10},"takes":{"title":"Takes","description":"How many takes (tasks) to make of the shot, 1..10, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; take: picks the one the film and the shots after it use. Each take is billed. Default: 1. Example: takes: 3","type":"integer","minimum":1,"maximum":10},"take":{"title":"Take","description":"Which take (1-based, at most takes:) the film and the shots chained from this one use. seedance pick <manifest> <shot> <K> and seedance review write it. Default: 1. Example: take: 2","type":"integer","minimum":1,"maximum":10},"refusals":{"title":"Refusals","description":"How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, 0..10. Refusals are not billed, and the same prompt often passes on a second try. Never for a …PrivacyInformation refusal (a real person in a reference image: retrying cannot help). Separate from retries:. Default: 0. Example: refusals: 2","type":"integer","minimum":0,"maximum":10}}},"media":{"title":"Media","description":"A media input: a file path relative to the manifest, an http(s) URL, asset://ID, a data: URI, or { shot: <id> } to use another shot's output.","oneOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/shotOutput"}]},"shotOutput":{"type":"object","additionalProperties":false,"required":["shot"],"properties":{"shot":{"title":"Shot","description":"The id of the shot whose output is used: its last frame in an image slot, its video in reference_videos. Example: { shot: wake-up }","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"}}},"priceTable":{"type":"object","additionalProperties":false,"required":["currency","per_million_tokens"],"properties":{"currency":{"title":"Currency","description":"ISO 4217 code of the figures: three capital letters. Example: currency: USD","type":"string","pattern":"^[A-Z]{3}$"},"per_million_tokens":{"title":"Price per million tokens","description":"Price per million tokens, by model id (as written in the manifest, or the versioned id the service reports): one number, or one per resolution.","type":"object","minProperties":1,"propertyNames":{"minLength":1},"additionalProperties":{"title":"Price of this model","description":"Price of this model: one number for every resolution, or one per resolution.","oneOf":[{"type":"number","minimum":0},{"$ref":"#/$defs/rateByResolution"}]}},"with_video_input":{"title":"Price with video input","description":"Price per million tokens for tasks with reference videos, by model id, in the same forms as per_million_tokens. Default: the per_million_tokens price.","type":"object","propertyNames":{"minLength":1},"additionalProperties":{"title":"Price of this model with video input","description":"Price of this model with video input: one number for every resolution, or one per resolution.","oneOf":[{"type":"number","minimum":0},{"$ref":"#/$defs/rateByResolution"}]}}}},"rateByResolution":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"480p":{"title":"Price at 480p","description":"Price per million tokens at 480p. Example: 480p: 7.0","type":"number","minimum":0},"720p":{"title":"Price at 720p","description":"Price per million tokens at 720p. Example: 720p: 7.0","type":"number","minimum":0},"1080p":{"title":"Price at 1080p","description":"Price per million tokens at 1080p. Example: 1080p: 7.0","type":"number","minimum":0},"4k":{"title":"Price at 4k","description":"Price per million tokens at 4k. Example: 4k: 7.0","type":"number","minimum":0}}},"dialogueLine":{"title":"Dialogue line","description":"One spoken line: the words, and optionally who says them, their language and when within the clip.","type":"object","additionalProperties":false,"required":["line"],"properties":{"line":{"title":"Line","description":"The words spoken, as they should appear in the subtitles (at most 500 characters). Example: line: Is the kettle on?","type":"string","minLength":1,"maxLength":500},"speaker":{"title":"Speaker","description":"Who speaks the line: put in the prompt (\"Anna says: …\") and in the subtitles (a WebVTT voice, \"Anna: \" in SRT). Example: speaker: Anna","type":"string","minLength":1,"maxLength":64},"language":{"title":"Language","description":"The line's language as a BCP 47 tag (en, fr, zh-Hans, pt-BR). Each language gets a subtitle track and files of its own. Default: the other lines' language, else none.","type":"string","pattern":"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"start":{"title":"Line start","description":"When the line begins, in seconds within the clip (before any trim). Default: the lines of a shot share its time on screen evenly. Example: start: 1.5","type":"number","minimum":0},"end":{"title":"Line end","description":"When the line ends, in seconds within the clip. Default: where the next line starts, else the shot's end on screen. Example: end: 3","type":"number","exclusiveMinimum":0}}}}};
