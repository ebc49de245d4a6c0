// Very common passwords of at least the minimum length, as seen in public breach-frequency lists.
// Shorter ones are already refused by the length rule, so they are not repeated here.
const LIST = `
1234567890 12345678910 123456789a 123456789q 1234567890a 0987654321 1q2w3e4r5t
1q2w3e4r5t6y 1qaz2wsx3edc qwertyuiop qwertyuiop123 qwerty1234 qwerty12345 qwerty123456
asdfghjkl1 asdfghjkl123 zxcvbnm123 zaq12wsxcde password12 password123 password1234
password12345 password!1 passw0rd123 p@ssw0rd123 p@ssword123 mypassword mypassword1
mypassword123 iloveyou12 iloveyou123 iloveyou1234 princess123 sunshine123 football12
football123 baseball123 basketball basketball1 superman123 batman1234 starwars123
welcome123 welcome1234 letmein123 trustno1234 computer123 internet123 monkey1234
dragon1234 shadow1234 master1234 michael123 jennifer123 jordan2323 liverpool1
chelsea123 arsenal123 manchester manchester1 chocolate1 chocolate123 butterfly1
whatever123 changeme123 administrator admin12345 admin123456 adminadmin rootroot123
abc1234567 abcd123456 abcdef1234 aaaaaa1111 qazwsxedc123 qazwsxedcrfv 1qazxsw23edc
zaq1zaq1zaq1 q1w2e3r4t5 q1w2e3r4t5y6 a1b2c3d4e5 1a2b3c4d5e 11223344556 1122334455
112233445566 123123123123 123321123321 12341234 1234512345 123456123456 0000000000
1111111111 1212121212 6969696969 7777777777 9999999999 password2024 password2025
password2026 summer2024 summer2025 summer2026 winter2024 winter2025 winter2026
spring2025 autumn2025 football2025 letmeinnow iloveyouforever youaremyfriend
secretpassword supersecret supersecret1 opensesame opensesame1 correcthorse
correcthorsebatterystaple helloworld helloworld1 helloworld123 hello12345 hello123456
thisismypassword qwertyasdf qwertyasdfgh asdfasdfasdf asdf1234asdf 1q2w3e4r 1q2w3e4r5t6y7u
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
