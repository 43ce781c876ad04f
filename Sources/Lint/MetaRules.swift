import Foundation
import SwansibleCore
import YAML

/// ansible-lint's rules on a role's meta/main.yml: meta-incorrect, meta-no-tags, meta-video-links.
enum MetaRules {
    static let defaults: [(String, String)] = [
        ("author", "your name"), ("description", "your description"), ("company", "your company (optional)"),
        ("license", "license (GPLv2, CC-BY, etc)"), ("license", "license (GPL-2.0-or-later, MIT, etc)"),
    ]

    static func check(_ file: Lintable, _ ctx: inout RuleContext) {
        guard let root = file.node, let info = root["galaxy_info"], info.truthy else { return }
        for (field, value) in defaults where info[field]?.stringValue == value {
            ctx.add("meta-incorrect", nil, "Should change default metadata: \(field)", at: root)
        }
        var tags: [YAMLNode] = []
        if let g = info["galaxy_tags"] {
            if let items = g.items { tags += items } else { ctx.add("meta-no-tags", nil, "Expected 'galaxy_tags' to be a list", line: 1) }
        }
        if let c = info["categories"] {
            ctx.add("meta-no-tags", nil, "Use 'galaxy_tags' rather than 'categories'", line: 1)
            if let items = c.items { tags += items } else { ctx.add("meta-no-tags", nil, "Expected 'categories' to be a list", line: 1) }
        }
        for tag in tags {
            guard let s = tag.stringValue else {
                ctx.add("meta-no-tags", nil, "Tags must be strings: '\(tag.scalarText ?? "")'", line: 1)
                continue
            }
            if s.range(of: "^[a-z0-9]+$", options: .regularExpression) == nil {
                ctx.add("meta-no-tags", nil, "Tags must contain lowercase letters and digits only., invalid: '\(s)'", line: 1)
            }
        }
        guard let videos = info["video_links"], videos.truthy else { return }
        for video in videos.items ?? [] {
            guard video.pairs != nil else {
                ctx.add("meta-video-links", nil, "Expected item in 'video_links' to be a dictionary", at: video)
                continue
            }
            if !Set(video.keys).subtracting(["url", "title"]).isEmpty {
                ctx.add("meta-video-links", nil, "Expected item in 'video_links' to contain only keys 'url' and 'title'", at: video)
                continue
            }
            let url = video["url"]?.stringValue ?? ""
            let patterns = [
                #"^https://drive\.google\.com.*file/d/([0-9A-Za-z-_]+)/.*"#, #"^https://vimeo\.com/([0-9]+)"#,
                #"^https://youtu\.be/([0-9A-Za-z-_]+)"#,
            ]
            if !patterns.contains(where: { url.range(of: $0, options: .regularExpression) != nil }) {
                ctx.add(
                    "meta-video-links", nil,
                    "URL format '\(url)' is not recognized. Expected it be a shared link from Vimeo, YouTube, or Google Drive.",
                    at: video["url"] ?? video)
            }
        }
    }
}
